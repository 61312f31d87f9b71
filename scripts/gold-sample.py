#!/usr/bin/env python3
"""Draw the articles of the annotated development set, and split them once into dev and test.

usage: scripts/gold-sample.py [--shared ../shared] [--out Tests/CLITests/Fixtures/gold/manifest.tsv]

The draw is fixed: a seeded shuffle (SEED below) of the eligible articles of each corpus, taken round-robin
over strata (Fars News: the five scrapes, which are different years, crossed with the category; Hamshahri:
the Jalali year), so the set spreads over years, provinces and desks. Three quarters of each corpus's share
come from articles whose text names a meeting, visit, session or ceremony (MEETING_WORDS), one quarter from
the rest, so that precision is also measured on news with no meeting in it. Then the same seeded generator puts
exactly TEST_PER_CORPUS of each corpus's articles in test and the rest in dev, before anyone has read it.

Re-running the script on the same data prints the same manifest; it never changes an existing gold file.
"""
import argparse, hashlib, json, os, random, re, sys

SEED = 20261204
PER_CORPUS = 44            # part A: 88 articles
MEETING_SHARE = 0.75
TEST_PER_CORPUS = 17       # 27 dev + 17 test per corpus: 54 dev, 34 test
MIN_CHARS, MAX_CHARS = 400, 3500
MEETING_WORDS = ["دیدار", "ملاقات", "نشست", "جلسه", "مراسم", "میزبان", "با حضور", "گفتگو", "گفت وگو", "سفر"]
# Part B: the first draw (part A) held too few meetings (a meeting word anywhere is a weak sign: «جلسه» and
# «سفر» are everywhere), so a second draw takes articles whose title or lead (LEAD_CHARS) reports a meeting.
LEAD_CHARS = 400
LEAD_MEETING_WORDS = ["دیدار", "ملاقات", "میزبان", "با حضور", "استقبال", "گفتگو کرد", "گفت وگو کرد"]
PER_CORPUS_B = 40
TEST_PER_CORPUS_B = 15     # 25 dev + 15 test per corpus: 50 dev, 30 test
# Part C (a later round): the scores of A+B's test split had been seen twice, so a third draw of the same kind as
# B gives articles no rule was ever measured on — a fresh test split — and more dev articles for error classes.
PER_CORPUS_C = 24
TEST_PER_CORPUS_C = 10     # 14 dev + 10 test per corpus: 28 dev, 20 test
# Part D (the same round as C, drawn after it): more of the same, so that the fresh test split holds enough meetings
# to measure met pairs (C's 20 test articles held 41 pairs, 36 of them in two articles).
PER_CORPUS_D = 30
TEST_PER_CORPUS_D = 12     # 18 dev + 12 test per corpus: 36 dev, 24 test
# Part E (the sixth round): the test articles of A–D had been scored in several rounds, so a last draw of the same
# kind gives a test split no rule was ever measured on — all of it test, annotated before the round's rules are scored.
PER_CORPUS_E = 12
TEST_PER_CORPUS_E = 12     # 0 dev + 12 test per corpus: 24 test
# Part F (the same round, drawn after E): 24 more fresh test articles, so that the fresh split holds enough meetings.
PER_CORPUS_F = 12
TEST_PER_CORPUS_F = 12
# Part G (the seventh round): the dev split's error classes had been worked for six rounds, so 24 more dev articles
# per corpus, annotated before any rule of the round is measured on them, show the classes of text no rule has seen.
PER_CORPUS_G = 24
TEST_PER_CORPUS_G = 0
# Part H (the same round, drawn after G): 24 fresh test articles for the round's single test score.
PER_CORPUS_H = 12
TEST_PER_CORPUS_H = 12
# Part I (the eighth round): 24 more dev articles per corpus, annotated before any rule of the round is measured on
# them, so the round works from error classes of text no rule has seen (G's were worked in the seventh round).
PER_CORPUS_I = 24
TEST_PER_CORPUS_I = 0
# Part J (the same round, drawn after I): 24 fresh test articles for the round's single test score.
PER_CORPUS_J = 12
TEST_PER_CORPUS_J = 12
# Part K (the ninth round): 24 more dev articles per corpus, annotated before any rule of the round is measured on
# them (I's were worked in the eighth round). Fars News has only 14 articles left whose lead reports a meeting, kept
# for part L's test, so K draws articles that name a meeting, visit or session in the body but not in the lead
# (draw_body): news a researcher's corpus is full of, where a meeting is one paragraph of a longer story.
PER_CORPUS_K = 24
TEST_PER_CORPUS_K = 0
# Part L (the same round, drawn after K): 24 fresh test articles for the round's single test score.
PER_CORPUS_L = 12
TEST_PER_CORPUS_L = 12
# Part M (the tenth round): 12 more dev articles per corpus, annotated before any rule of the round is measured on
# them, and part N (drawn after M): 12 fresh test articles per corpus. Fars News has 2 articles left whose lead
# reports a meeting, so both take lead-meeting articles while there are any and fill up with articles that name a
# meeting in the body (draw_lead_or_body).
PER_CORPUS_M = 12
TEST_PER_CORPUS_M = 0
PER_CORPUS_N = 12
TEST_PER_CORPUS_N = 12
# Part O (drawn at the tenth round's end, for the eleventh): 12 more dev articles per corpus, and part P (drawn
# after O): 12 fresh test articles per corpus for the eleventh round's single test score; both drawn as M and N.
PER_CORPUS_O = 12
TEST_PER_CORPUS_O = 0
PER_CORPUS_P = 12
TEST_PER_CORPUS_P = 12
# Part Q (drawn at the eleventh round's start): 12 more dev articles per corpus, and part R (drawn after Q): 12
# fresh test articles per corpus, annotated before the eleventh round's rules ran and scored once at its end;
# both drawn as M and N.
PER_CORPUS_Q = 12
TEST_PER_CORPUS_Q = 0
PER_CORPUS_R = 12
TEST_PER_CORPUS_R = 12
# Part S (drawn at the twelfth round's start): 12 more dev articles per corpus, and part T (drawn after S): 12
# fresh test articles per corpus for the thirteenth round's single test score; both drawn as M and N.
PER_CORPUS_S = 12
TEST_PER_CORPUS_S = 0
PER_CORPUS_T = 12
TEST_PER_CORPUS_T = 12
# Part U (drawn at the thirteenth round's start): 12 more dev articles per corpus, and part V (drawn after U): 12
# fresh test articles per corpus, annotated before the thirteenth round's rules ran; both drawn as M and N.
PER_CORPUS_U = 12
TEST_PER_CORPUS_U = 0
PER_CORPUS_V = 12
TEST_PER_CORPUS_V = 12
# Part W (drawn at the fourteenth round's start): 12 more dev articles per corpus, and part X (drawn after W): 12
# fresh test articles per corpus, annotated before the fourteenth round's rules ran; both drawn as U and V.
PER_CORPUS_W = 12
TEST_PER_CORPUS_W = 0
PER_CORPUS_X = 12
TEST_PER_CORPUS_X = 12
# Part Y (drawn at the fifteenth round's start): 12 more dev articles per corpus, and part Z (drawn after Y): 12
# fresh test articles per corpus, annotated before the fifteenth round's rules ran; both drawn as W and X.
PER_CORPUS_Y = 12
TEST_PER_CORPUS_Y = 0
PER_CORPUS_Z = 12
TEST_PER_CORPUS_Z = 12
# Part AA (drawn at the sixteenth round's start; the letters ran out at Z, so parts go on as AA, AB, …): 12 more dev
# articles per corpus, and part AB (drawn after AA): 12 fresh test articles per corpus, annotated before the
# sixteenth round's rules ran; both drawn as Y and Z.
PER_CORPUS_AA = 12
TEST_PER_CORPUS_AA = 0
PER_CORPUS_AB = 12
TEST_PER_CORPUS_AB = 12
# Parts AC (12 dev articles per corpus) and AD (12 fresh test articles per corpus), drawn at the seventeenth round's
# start as AA and AB were.
PER_CORPUS_AC = 12
TEST_PER_CORPUS_AC = 0
PER_CORPUS_AD = 12
TEST_PER_CORPUS_AD = 12
# Parts AE (12 dev articles per corpus) and AF (12 fresh test articles per corpus), drawn at the eighteenth round's
# start as AC and AD were.
PER_CORPUS_AE = 12
TEST_PER_CORPUS_AE = 0
PER_CORPUS_AF = 12
TEST_PER_CORPUS_AF = 12
# Parts AG (12 dev articles per corpus) and AH (12 fresh test articles per corpus), drawn at the nineteenth round's
# start as AE and AF were.
PER_CORPUS_AG = 12
TEST_PER_CORPUS_AG = 0
PER_CORPUS_AH = 12
TEST_PER_CORPUS_AH = 12
# Parts AI (12 dev articles per corpus) and AJ (12 fresh test articles per corpus), drawn at the twentieth round's
# start as AG and AH were.
PER_CORPUS_AI = 12
TEST_PER_CORPUS_AI = 0
PER_CORPUS_AJ = 12
TEST_PER_CORPUS_AJ = 12
# Parts AK (12 dev articles per corpus) and AL (12 fresh test articles per corpus), drawn at the twenty-first round's
# start as AI and AJ were.
PER_CORPUS_AK = 12
TEST_PER_CORPUS_AK = 0
PER_CORPUS_AL = 12
TEST_PER_CORPUS_AL = 12
# Parts AM (12 dev articles per corpus) and AN (12 fresh test articles per corpus), drawn at the twenty-second round's
# start as AK and AL were.
PER_CORPUS_AM = 12
TEST_PER_CORPUS_AM = 0
PER_CORPUS_AN = 12
TEST_PER_CORPUS_AN = 12
# Parts AO (12 dev articles per corpus) and AP (12 fresh test articles per corpus), drawn at the twenty-third round's
# start as AM and AN were.
PER_CORPUS_AO = 12
TEST_PER_CORPUS_AO = 0
PER_CORPUS_AP = 12
TEST_PER_CORPUS_AP = 12
# Parts AQ (12 dev articles per corpus) and AR (12 fresh test articles per corpus), drawn at the twenty-fourth round's
# start as AO and AP were.
PER_CORPUS_AQ = 12
TEST_PER_CORPUS_AQ = 0
PER_CORPUS_AR = 12
TEST_PER_CORPUS_AR = 12
# Parts AS (12 dev articles per corpus) and AT (12 fresh test articles per corpus), drawn at the twenty-fifth round's
# start as AQ and AR were.
PER_CORPUS_AS = 12
TEST_PER_CORPUS_AS = 0
PER_CORPUS_AT = 12
TEST_PER_CORPUS_AT = 12
# Parts AU (12 dev articles per corpus) and AV (12 fresh test articles per corpus), drawn at the twenty-sixth round's
# start as AS and AT were.
PER_CORPUS_AU = 12
TEST_PER_CORPUS_AU = 0
PER_CORPUS_AV = 12
TEST_PER_CORPUS_AV = 12
# Parts AW (12 dev articles per corpus) and AX (12 fresh test articles per corpus), drawn at the twenty-seventh round's
# start as AU and AV were.
PER_CORPUS_AW = 12
TEST_PER_CORPUS_AW = 0
PER_CORPUS_AX = 12
TEST_PER_CORPUS_AX = 12
# Parts AY (12 dev articles per corpus) and AZ (12 fresh test articles per corpus), drawn at the twenty-eighth round's
# start as AW and AX were.
PER_CORPUS_AY = 12
TEST_PER_CORPUS_AY = 0
PER_CORPUS_AZ = 12
TEST_PER_CORPUS_AZ = 12
# Parts BA (12 dev articles per corpus) and BB (12 fresh test articles per corpus), drawn at the twenty-ninth round's
# start as AY and AZ were.
PER_CORPUS_BA = 12
TEST_PER_CORPUS_BA = 0
PER_CORPUS_BB = 12
TEST_PER_CORPUS_BB = 12
# Parts BC (12 dev articles per corpus) and BD (12 fresh test articles per corpus), drawn at the end of the
# twenty-ninth round for the thirtieth. By then the Fars News dev corpus had 9 undrawn articles of the sampler's length
# with a meeting word anywhere, so a part takes what is left of them and fills up with articles without one
# (`draw_lead_body_or_other`, part A's other quarter: a test of precision on ordinary news).
PER_CORPUS_BC = 12
TEST_PER_CORPUS_BC = 0
PER_CORPUS_BD = 12
TEST_PER_CORPUS_BD = 12
# Parts BE (12 dev articles per corpus) and BF (12 fresh test articles per corpus), drawn at the end of the thirtieth
# round for the thirty-first, as BC and BD were (the Fars News pool with a meeting word is spent: its halves are articles
# without one).
PER_CORPUS_BE = 12
TEST_PER_CORPUS_BE = 0
PER_CORPUS_BF = 12
TEST_PER_CORPUS_BF = 12
# Parts BG (12 dev articles per corpus) and BH (12 fresh test articles per corpus), drawn during the thirty-first round
# (BG, annotated from the text alone, a fresh development part for the round's rules; BH the next round's test part),
# as BE and BF were.
PER_CORPUS_BG = 12
TEST_PER_CORPUS_BG = 0
PER_CORPUS_BH = 12
TEST_PER_CORPUS_BH = 12
# Parts BI (12 dev articles per corpus) and BJ (12 fresh test articles per corpus), drawn at the end of the thirty-first
# round for the thirty-second, as BE and BF were.
PER_CORPUS_BI = 12
TEST_PER_CORPUS_BI = 0
PER_CORPUS_BJ = 12
TEST_PER_CORPUS_BJ = 12
# Parts BK (12 dev articles per corpus) and BL (12 fresh test articles per corpus), drawn during the thirty-second round
# (BK a fresh development part for the round's rules, BL the next round's test part), as BG and BH were.
PER_CORPUS_BK = 12
TEST_PER_CORPUS_BK = 0
PER_CORPUS_BL = 12
TEST_PER_CORPUS_BL = 12
# Parts BM (12 dev articles per corpus) and BN (12 fresh test articles per corpus), drawn at the end of the thirty-second
# round for the thirty-third, as BI and BJ were.
PER_CORPUS_BM = 12
TEST_PER_CORPUS_BM = 0
PER_CORPUS_BN = 12
TEST_PER_CORPUS_BN = 12
# Parts BO (12 dev articles per corpus) and BP (12 fresh test articles per corpus), drawn during the thirty-third round
# (BO a fresh development part, scored once on arrival; BP the next round's test part), as BK and BL were.
PER_CORPUS_BO = 12
TEST_PER_CORPUS_BO = 0
PER_CORPUS_BP = 12
TEST_PER_CORPUS_BP = 12
# Parts BQ (12 dev articles per corpus) and BR (12 fresh test articles per corpus), drawn at the end of the thirty-third
# round for the thirty-fourth, as BM and BN were.
PER_CORPUS_BQ = 12
TEST_PER_CORPUS_BQ = 0
PER_CORPUS_BR = 12
TEST_PER_CORPUS_BR = 12
# Parts BS (12 dev articles per corpus) and BT (12 fresh test articles per corpus), drawn at the start of the
# thirty-fourth round for the thirty-fifth, as BQ and BR were.
PER_CORPUS_BS = 12
TEST_PER_CORPUS_BS = 0
PER_CORPUS_BT = 12
TEST_PER_CORPUS_BT = 12
# Parts BU (12 dev articles per corpus) and BV (12 fresh test articles per corpus), drawn at the end of the thirty-fourth
# round for the thirty-fifth, as BQ and BR were.
PER_CORPUS_BU = 12
TEST_PER_CORPUS_BU = 0
PER_CORPUS_BV = 12
TEST_PER_CORPUS_BV = 12
# Parts BW (12 dev articles per corpus) and BX (12 fresh test articles per corpus), drawn at the end of the thirty-fifth
# round for the thirty-sixth, as BU and BV were.
PER_CORPUS_BW = 12
TEST_PER_CORPUS_BW = 0
PER_CORPUS_BX = 12
TEST_PER_CORPUS_BX = 12


def fold(s):
    """Letters as the meeting words are written: Arabic ي/ك as Persian, ZWNJ and NBSP as spaces."""
    return s.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ").replace("\u00a0", " ")


def stratum(rec):
    if rec["id"].startswith("fars"):
        return rec["id"].split("-")[0] + "/" + (rec.get("category") or "-")
    return (rec.get("date_jalali") or "????")[:4]


def eligible(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if MIN_CHARS <= len(r.get("text", "")) <= MAX_CHARS:
                    recs.append(r)
    recs.sort(key=lambda r: r["id"])
    return recs


def draw(recs, rng):
    meeting = [r for r in recs if any(w in fold(r["text"]) for w in MEETING_WORDS)]
    other = [r for r in recs if r not in meeting]
    n_meet = round(PER_CORPUS * MEETING_SHARE)
    return round_robin(meeting, n_meet, rng) + round_robin(other, PER_CORPUS - n_meet, rng)


def draw_lead(recs, taken, rng, n=PER_CORPUS_B):
    lead = [r for r in recs if r["id"] not in taken and any(w in fold(r["text"][:LEAD_CHARS]) for w in LEAD_MEETING_WORDS)]
    return round_robin(lead, n, rng)


def draw_body(recs, taken, rng, n):
    body = [r for r in recs if r["id"] not in taken
            and not any(w in fold(r["text"][:LEAD_CHARS]) for w in LEAD_MEETING_WORDS)
            and any(w in fold(r["text"]) for w in MEETING_WORDS)]
    return round_robin(body, n, rng)


def draw_lead_or_body(recs, taken, rng, n):
    lead = draw_lead(recs, taken, rng, n)
    taken_now = taken | {r["id"] for r in lead}
    return lead + draw_body(recs, taken_now, rng, n - len(lead))


def draw_lead_body_or_other(recs, taken, rng, n):
    """`draw_lead_or_body`, then articles with no meeting word at all for what the two pools could not give."""
    drawn = draw_lead_or_body(recs, taken, rng, n)
    taken_now = taken | {r["id"] for r in drawn}
    other = [r for r in recs if r["id"] not in taken_now and not any(w in fold(r["text"]) for w in MEETING_WORDS)]
    return drawn + round_robin(other, n - len(drawn), rng)


def round_robin(pool, n, rng):
    pool = list(pool)
    rng.shuffle(pool)
    strata = {}
    for r in pool:
        strata.setdefault(stratum(r), []).append(r)
    keys = sorted(strata)
    rng.shuffle(keys)
    out = []
    while len(out) < n and any(strata.values()):
        for k in keys:
            if strata[k] and len(out) < n:
                out.append(strata[k].pop())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Tests", "CLITests",
                                                  "Fixtures", "gold", "manifest.tsv"))
    a = ap.parse_args()
    rng = random.Random(SEED)
    rows = []
    pools = {c: eligible(os.path.join(a.shared, "data", c, "dev.jsonl")) for c in ("fars-news", "hamshahri")}
    taken = set()
    # Part A, then B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA, AB, AC, AD, AE, AF, AG, AH, AI, AJ, AK, AL, AM, AN, AO, AP, AQ, AR, AS, AT, AU, AV, AW, AX, AY, AZ, BA, BB, BC, BD, BE and BF: each draws after the one before from the same generator, so adding a part left the
    # earlier ones as they were.
    for part, draw_part, n_test in (("A", lambda recs: draw(recs, rng), TEST_PER_CORPUS),
                                    ("B", lambda recs: draw_lead(recs, taken, rng), TEST_PER_CORPUS_B),
                                    ("C", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_C), TEST_PER_CORPUS_C),
                                    ("D", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_D), TEST_PER_CORPUS_D),
                                    ("E", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_E), TEST_PER_CORPUS_E),
                                    ("F", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_F), TEST_PER_CORPUS_F),
                                    ("G", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_G), TEST_PER_CORPUS_G),
                                    ("H", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_H), TEST_PER_CORPUS_H),
                                    ("I", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_I), TEST_PER_CORPUS_I),
                                    ("J", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_J), TEST_PER_CORPUS_J),
                                    ("K", lambda recs: draw_body(recs, taken, rng, PER_CORPUS_K), TEST_PER_CORPUS_K),
                                    ("L", lambda recs: draw_lead(recs, taken, rng, PER_CORPUS_L), TEST_PER_CORPUS_L),
                                    ("M", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_M), TEST_PER_CORPUS_M),
                                    ("N", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_N), TEST_PER_CORPUS_N),
                                    ("O", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_O), TEST_PER_CORPUS_O),
                                    ("P", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_P), TEST_PER_CORPUS_P),
                                    ("Q", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_Q), TEST_PER_CORPUS_Q),
                                    ("R", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_R), TEST_PER_CORPUS_R),
                                    ("S", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_S), TEST_PER_CORPUS_S),
                                    ("T", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_T), TEST_PER_CORPUS_T),
                                    ("U", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_U), TEST_PER_CORPUS_U),
                                    ("V", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_V), TEST_PER_CORPUS_V),
                                    ("W", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_W), TEST_PER_CORPUS_W),
                                    ("X", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_X), TEST_PER_CORPUS_X),
                                    ("Y", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_Y), TEST_PER_CORPUS_Y),
                                    ("Z", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_Z), TEST_PER_CORPUS_Z),
                                    ("AA", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AA), TEST_PER_CORPUS_AA),
                                    ("AB", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AB), TEST_PER_CORPUS_AB),
                                    ("AC", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AC), TEST_PER_CORPUS_AC),
                                    ("AD", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AD), TEST_PER_CORPUS_AD),
                                    ("AE", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AE), TEST_PER_CORPUS_AE),
                                    ("AF", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AF), TEST_PER_CORPUS_AF),
                                    ("AG", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AG), TEST_PER_CORPUS_AG),
                                    ("AH", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AH), TEST_PER_CORPUS_AH),
                                    ("AI", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AI), TEST_PER_CORPUS_AI),
                                    ("AJ", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AJ), TEST_PER_CORPUS_AJ),
                                    ("AK", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AK), TEST_PER_CORPUS_AK),
                                    ("AL", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AL), TEST_PER_CORPUS_AL),
                                    ("AM", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AM), TEST_PER_CORPUS_AM),
                                    ("AN", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AN), TEST_PER_CORPUS_AN),
                                    ("AO", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AO), TEST_PER_CORPUS_AO),
                                    ("AP", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AP), TEST_PER_CORPUS_AP),
                                    ("AQ", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AQ), TEST_PER_CORPUS_AQ),
                                    ("AR", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AR), TEST_PER_CORPUS_AR),
                                    ("AS", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AS), TEST_PER_CORPUS_AS),
                                    ("AT", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AT), TEST_PER_CORPUS_AT),
                                    ("AU", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AU), TEST_PER_CORPUS_AU),
                                    ("AV", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AV), TEST_PER_CORPUS_AV),
                                    ("AW", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AW), TEST_PER_CORPUS_AW),
                                    ("AX", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AX), TEST_PER_CORPUS_AX),
                                    ("AY", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AY), TEST_PER_CORPUS_AY),
                                    ("AZ", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_AZ), TEST_PER_CORPUS_AZ),
                                    ("BA", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_BA), TEST_PER_CORPUS_BA),
                                    ("BB", lambda recs: draw_lead_or_body(recs, taken, rng, PER_CORPUS_BB), TEST_PER_CORPUS_BB),
                                    ("BC", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BC), TEST_PER_CORPUS_BC),
                                    ("BD", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BD), TEST_PER_CORPUS_BD),
                                    ("BE", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BE), TEST_PER_CORPUS_BE),
                                    ("BF", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BF), TEST_PER_CORPUS_BF),
                                    ("BG", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BG), TEST_PER_CORPUS_BG),
                                    ("BH", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BH), TEST_PER_CORPUS_BH),
                                    ("BI", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BI), TEST_PER_CORPUS_BI),
                                    ("BJ", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BJ), TEST_PER_CORPUS_BJ),
                                    ("BK", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BK), TEST_PER_CORPUS_BK),
                                    ("BL", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BL), TEST_PER_CORPUS_BL),
                                    ("BM", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BM), TEST_PER_CORPUS_BM),
                                    ("BN", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BN), TEST_PER_CORPUS_BN),
                                    ("BO", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BO), TEST_PER_CORPUS_BO),
                                    ("BP", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BP), TEST_PER_CORPUS_BP),
                                    ("BQ", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BQ), TEST_PER_CORPUS_BQ),
                                    ("BR", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BR), TEST_PER_CORPUS_BR),
                                    ("BS", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BS), TEST_PER_CORPUS_BS),
                                    ("BT", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BT), TEST_PER_CORPUS_BT),
                                    ("BU", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BU), TEST_PER_CORPUS_BU),
                                    ("BV", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BV), TEST_PER_CORPUS_BV),
                                    ("BW", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BW), TEST_PER_CORPUS_BW),
                                    ("BX", lambda recs: draw_lead_body_or_other(recs, taken, rng, PER_CORPUS_BX), TEST_PER_CORPUS_BX)):
        for corpus in ("fars-news", "hamshahri"):
            drawn = draw_part(pools[corpus])
            test_ids = {r["id"] for r in rng.sample(drawn, n_test)}
            for r in drawn:
                taken.add(r["id"])
                split = "test" if r["id"] in test_ids else "dev"
                sha = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()
                rows.append((r["id"], corpus, split, sha, stratum(r), part))
    rows.sort()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("id\tcorpus\tsplit\tsha256\tstratum\tpart\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    counts = {}
    for r in rows:
        counts[(r[1], r[2])] = counts.get((r[1], r[2]), 0) + 1
    print(f"{len(rows)} articles:", ", ".join(f"{c}/{s} {n}" for (c, s), n in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
