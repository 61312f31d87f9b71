/// Every rule id the code gives: the one registry of them (docs/rules.md lists what each recognizes).
///
/// A mention, role, institution, group, place, coreference link and meeting carries the id of the rule that
/// made it (`rule` in the record) and, when a lexicon entry decided it, that entry's `file:line` (`source`).
/// Meeting frames are data: their ids are the frame ids of `meeting-frames.txt` (`MeetingFrame.id`), which
/// may not reuse an id of this registry.
public enum RuleID: String, Sendable, CaseIterable {
    // Names (NameRecognizer).
    case personGivenSurname = "person.given-surname"
    case personTitleGivenSurname = "person.title-given-surname"
    case personTitleSurname = "person.title-surname"
    case personPublicFigure = "person.public-figure"
    case personQuotedBeforeRole = "person.quoted-before-role"
    case personAppositionRole = "person.apposition-role"
    case personSplitSurname = "person.split-surname"
    case personListSurname = "person.list-surname"
    /// Two words no lexicon knows, the second ending like a surname, alone as an item between two names of a comma list.
    case personListName = "person.list-name"
    case personQuotedFullName = "person.quoted-full-name"
    /// An Arab name with its father's name after «بن»/«بنت» («حمد بن عیسی آل خلیفه»).
    case personNasabName = "person.nasab-name"
    case personCreditedName = "person.credited-name"
    /// Two or three words no lexicon knows, a sentence's subject before a speaker follower, in a report of speech.
    case personSpeakerName = "person.speaker-name"
    /// «رضا طلایی نیک سخنگوی …»: a compound surname's second part written apart, before an office (SurnamePartBeforeOffice.swift).
    case personSurnamePart = "person.surname-part"
    /// A word ending in a surname ending of another language («…ویچ», «…فسکی»), with the open word before it as the first name.
    case personForeignSurname = "person.foreign-surname"
    /// An item of a list of people named as examples after a noun of people and a cue («بازیکنانی همچون …»; ExemplarList.swift).
    case personExemplarList = "person.exemplar-list"
    // People found through coreference (Coreferencer).
    case personSurnameRole = "person.surname-role"
    case personSurnameSpeaker = "person.surname-speaker"
    /// A surname alone before an office in mid-sentence, after another office, «با حضور», «با» or a report of speech.
    case personSurnameMidRole = "person.surname-mid-role"
    /// A name of the list a naming cue opens after a noun of people («چهار مستشار آن به نام‌های رحیمی، شریفی …»).
    case personNamingList = "person.naming-list"
    case personUnnamedRole = "person.unnamed-role"
    case corefApposition = "coref.apposition"
    case corefSurname = "coref.surname"
    case corefNameSuffix = "coref.name-suffix"
    case corefRole = "coref.role"
    case corefRoleOffice = "coref.role-office"
    case corefRoleHead = "coref.role-head"
    /// An office with one listed holder (role-heads.txt `holder=`) given to that person named in the article.
    case corefListedHolder = "coref.listed-holder"
    case corefSpeakerChain = "coref.speaker-chain"
    case corefCoordinatedRole = "coref.coordinated-role"
    case corefEpithet = "coref.epithet"
    case corefContinuedSpeaker = "coref.continued-speaker"
    case corefNamedBefore = "coref.named-before"
    /// The lead's speaking office given to the one named person the article quotes (SoleNamedSpeaker).
    case corefSoleSpeaker = "coref.sole-speaker"
    case corefMeetingCounterpart = "coref.meeting-counterpart"
    /// Two participants of one meeting that are one person: an alias or an office of the other (SameParticipants).
    case corefMeetingAlias = "coref.meeting-alias"
    case corefHeadlineCounterpart = "coref.headline-counterpart"
    case corefLeadCounterpart = "coref.lead-counterpart"
    case corefHeadlineSpeaker = "coref.headline-speaker"
    /// An unnamed holder of a fuller writing of a named person's office (FullerOffice).
    case corefFullerOffice = "coref.fuller-office"
    case corefIntroduced = "coref.introduced"
    case corefPronoun = "coref.pronoun"
    // Phrases (PhraseRecognizer).
    case roleHead = "role.head"
    case roleHeadComplement = "role.head-complement"
    /// «دبیر این کنفرانس», «دبیر علمی همایش»: an office of the event, project or body the article reports, not resolved
    /// to a name (RoleEventBody.swift, role-events.txt).
    case roleEventBody = "role.event-body"
    /// «… رجایی سرمربی و …»: a role head with no complement right after a name, that name's office as written
    /// (BareApposition.swift).
    case roleBareApposition = "role.bare-apposition"
    /// «X، Y و Z اعضای شورای …», «X از کارشناسان سازمان …»: an office named by its plural after the names of its holders,
    /// each holder's as written (PluralOffice.swift, group-nouns.txt `singular=`).
    case rolePluralMember = "role.plural-member"
    /// «معاون بهره‌برداری مترو از … خبر داد»: an office opening a sentence that reports speech, read on over its body's
    /// open words up to the preposition, adverb or verb that ends the subject (SpeakerOffice.swift).
    case roleSpeakerOffice = "role.speaker-office"
    case institutionNamed = "institution.named"
    case institutionHeadPlace = "institution.head-place"
    case institutionHeadEponym = "institution.head-eponym"
    /// «دفتر رئیس جمهور»: a body serving one office-holder, named by the office (`serves=office`).
    case institutionServedOffice = "institution.served-office"
    case institutionHead = "institution.head"
    case institutionImpliedByRole = "institution.implied-by-role"
    case institutionImpliedNamed = "institution.implied-named"
    case institutionHeadParent = "institution.head-parent"
    /// A head whose bare phrase names one body (`bare=name`, `bare=office`) and one or two qualifiers: «فدراسیون هندبال».
    case institutionHeadName = "institution.head-name"
    case institutionDemonstrative = "institution.demonstrative"
    /// «رئیس انجمن بازیگران خانه تئاتر»: a head and its qualifiers read whole as an office's body (PhraseRecognizer.officeBody).
    case institutionOfficeBody = "institution.office-body"
    /// «روابط عمومی شهرداری تهران»: a unit of body-units.txt right before a complete institution (BodyUnit.swift).
    case institutionBodyUnit = "institution.body-unit"
    /// «سهام شرکت های بوعلی، صدرا، پارس خودرو، …»: an item of a list after a head's plural (ListedMembers.swift).
    case institutionListMember = "institution.list-member"
    /// The body that closes a unit's name, two words or more after the unit's head (ParentBody.swift).
    case institutionParentBody = "institution.parent-body"
    case groupNoun = "group.noun"
    case groupPluralRole = "group.plural-role"
    case group = "group"
    case mediaListed = "media.listed"
    case mediaHeadName = "media.head-name"
    // Places (PlaceRecognizer).
    case placeDeictic = "place.deictic"
    case placePrefixName = "place.prefix-name"
    case placeDistrictNumber = "place.district-number"
    case placeName = "place.name"
    case placeBarePrefix = "place.bare-prefix"
    // Meetings (MeetingDetector): the frames' own ids, and these joins.
    case meetingJoinThisMeeting = "meeting.join.this-meeting"
    case meetingJoinAlsoSpeaker = "meeting.join.also-speaker"
    case meetingJoinNextSpeaker = "meeting.join.next-speaker"
    /// A meeting held separately («به طور جداگانه»): one meeting per guest of the host (SeparateMeetings).
    case meetingSplitSeparately = "meeting.split.separately"
    /// A round of visits, split as a meeting held separately is (SeparateMeetings): a long comma list after «با» before
    /// the verb, or the people a back-reference adds to a visit (each meets the visit's first people, not one another).
    case meetingSplitRound = "meeting.split.round"
    /// A press conference of several people: one meeting per person, no pair among them (PressConferences).
    case meetingSplitPress = "meeting.split.press"
}
