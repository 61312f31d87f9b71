"""What the lexicon-mining scripts share: letter folding and keys, reading a lexicon file, and the
development corpora with the gold set's test split left out (so that what is mined never saw the test split).

Imported by the scripts/mine-*.py lexicon miners.
"""
import csv, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(HERE, "..", "Sources", "Extractors", "Resources", "Lexicons")
MANIFEST = os.path.join(HERE, "..", "Tests", "CLITests", "Fixtures", "gold", "manifest.tsv")
# A Persian or Arabic word, its ZWNJ-joined parts together (the mining scripts count words so).
WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+(?:\u200c[\u0621-\u064A\u0670-\u06D3]+)*")
FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "\u00a0": " "})


def key(s):
    """The matching key of a word or phrase: folded letters, no spaces, ZWNJ, harakat or tatweel."""
    return re.sub(r"[\u200c\s\u064b-\u065f\u0640]", "", unicodedata.normalize("NFC", s).translate(FOLD))


def lexicon(name):
    """The entries of a lexicon file as {key: {attribute: value}}."""
    out = {}
    with open(os.path.join(LEXICONS, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                fields = [x.strip() for x in line.split("|")]
                out[key(fields[0])] = dict(x.split("=", 1) for x in fields[1:])
    return out


def surname_endings(strong_only=False):
    """The surname endings of surname-suffixes.txt («زاده», «پور», …), for `str.endswith`; with `strong_only`, those
    not marked `strength=weak` (not the common «ی»)."""
    return tuple(k for k, v in lexicon("surname-suffixes.txt").items() if not strong_only or v.get("strength") != "weak")


# The lexicon matcher also writes «آ», «أ», «إ» as «ا» and «ؤ» as «و» (PersianNormalizer): «مهراب» is «مهرآب», listed.
ALEF = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ؤ": "و"})


def listed_keys():
    """The keys of every name lexicon (given names, surnames, public figures) and of NON_NAME_LEXICONS, each also with
    «آ/أ/إ/ؤ» folded as the matcher folds them: the words a given-name miner never proposes."""
    listed = keys_of(NON_NAME_LEXICONS + ("given-names.txt", "surnames.txt", "public-figures.txt"))
    return listed | {k.translate(ALEF) for k in listed}


def unlisted_public_given_names(shared):
    """The one-word given names of the public lists (`public_given_names`), of three letters or more, that `listed_keys`
    does not hold, folded or not: the candidates the given-name miners count. By key, with their gender."""
    excluded = listed_keys()
    return {k: g for k, g in public_given_names(shared).items()
            if k not in excluded and k.translate(ALEF) not in excluded and len(k) >= 3}


# Lexicons whose words are not names: the name miners leave every word of these out.
NON_NAME_LEXICONS = (
    "stop-words.txt", "non-name-words.txt", "titles.txt", "role-heads.txt", "institution-heads.txt",
    "named-institutions.txt", "provinces.txt", "counties.txt", "countries.txt", "world-capitals.txt",
    "place-names.txt", "place-prefixes.txt", "common-word-surnames.txt", "speech-verbs.txt", "group-nouns.txt",
    "pronouns.txt", "discourse-markers.txt", "name-followers.txt", "media.txt", "media-heads.txt",
    "role-modifiers.txt")


def public_given_names(shared):
    """The one-word given names of `lexicon-sources/given-names-gender.csv` and `given-names-freq.csv`, by key, each
    with its gender («m», «f», or «u» when the gender list does not give one)."""
    src = os.path.join(shared, "data", "lexicon-sources")
    gender = {}
    with open(os.path.join(src, "given-names-gender.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and " " not in row[0].strip():
                gender.setdefault(key(row[0]), {"M": "m", "F": "f"}.get(row[1].strip(), "u"))
    with open(os.path.join(src, "given-names-freq.csv"), encoding="utf-8-sig") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and " " not in row[0].strip() and row[1].strip().endswith("%"):
                gender.setdefault(key(row[0]), "u")
    return gender


def public_surnames(shared, multi_word=False):
    """The surnames of `lexicon-sources/surnames-freq.csv`, by key: the one-word ones, or with `multi_word` those
    written in two words too (their key joins them)."""
    with open(os.path.join(shared, "data", "lexicon-sources", "surnames-freq.csv"), encoding="utf-8") as f:
        return {key(row[0]) for row in csv.reader(f) if row and (multi_word or " " not in row[0].strip())}


def keys_of(names):
    """Every key of the lexicon files `names`, as one set."""
    out = set()
    for name in names:
        out |= set(lexicon(name))
    return out


def test_ids():
    """The ids of the gold set's test split (scripts/gold-sample.py)."""
    with open(MANIFEST, encoding="utf-8") as f:
        return {row[0] for row in (line.rstrip("\n").split("\t") for line in f) if len(row) > 2 and row[2] == "test"}


def dev_articles(shared):
    """(id, text) of the Fars News and Hamshahri development corpora, the test split's articles left out."""
    skip = test_ids()
    for corpus in ("fars-news", "hamshahri"):
        with open(os.path.join(shared, "data", corpus, "dev.jsonl"), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] not in skip:
                    yield rec["id"], rec["text"]


def extract_arguments(examples):
    """The arguments of a script that counts over `didar extract --json` output: EXTRACT, --shared (../shared beside
    the project) and --examples (how many examples a shape shows)."""
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("extract")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
    ap.add_argument("--examples", type=int, default=examples)
    return ap.parse_args()


def dev_records(extract, shared):
    """(record, text) of `didar extract --json` output EXTRACT for the development corpora's articles outside the test
    split: the counting scripts that read the tool's records look only at what the rules may be worked against."""
    texts = dict(dev_articles(shared))
    with open(extract, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["document"] in texts:
                yield rec, texts[rec["document"]]


def dev_texts(shared):
    """The texts of the Fars News and Hamshahri development corpora, the test split's articles left out."""
    for _, text in dev_articles(shared):
        yield text
