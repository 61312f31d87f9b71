#!/usr/bin/env python3
"""Counts the role and institution errors of an extraction against a gold file, by class.

usage: scripts/role-error-classes.py GOLD.jsonl PRED.jsonl [--list CLASS]

Roles of gold people the extraction found (matched as score.py matches them):
  hit          the role's key is among the person's predicted roles
  short        a predicted role of the person is a strict prefix of the gold role (stops short)
  long         the gold role is a strict prefix of a predicted role (runs on)
  elsewhere    the exact role was extracted, but for another person or no person
  none         no role of the person resembles it
Each gold role is also tagged with the families of issue 16 it belongs to (ministry, country, institution
head, NBSP, former marker, coordinated), so a family's recall can be read before and after a change.
Institutions: hit / short / long / none the same way, over the must-find institutions.
"""
import collections, importlib.util, json, sys

spec = importlib.util.spec_from_file_location("score", sys.path[0] + "/../../shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
K = S.key

COUNTRY_WORDS = {K(l.split("|")[0].strip()) for l in open(sys.path[0] + "/../Sources/Extractors/Resources/Lexicons/countries.txt")
                 if l.strip() and not l.startswith("#")}


def families(role, text_window):
    k = K(role)
    tags = []
    if k.startswith(K("وزیر")) or K("وزیر") in k: tags.append("ministry")
    toks = [K(t) for t in S.base(role).split()]
    if any(t in COUNTRY_WORDS for t in toks[1:]): tags.append("country")
    if any(K(w) in k for w in ("فدراسیون", "کانون", "اتحادیه", "حزب", "جبهه", "ائتلاف", "مرکز", "پژوهشگاه", "موسسه", "مؤسسه",
                                "صندوق", "انستیتو", "دانشکده", "پالایشگاه", "دیوان", "دادگاه", "نیروی", "کمیسیون", "مجمع",
                                "شورایعالی", "سازمانملل")):
        tags.append("inst-head")
    if any(K(w) in k for w in ("وقت", "سابق", "پیشین", "اسبق")): tags.append("former")
    return tags or ["other"]


def main():
    gold = [json.loads(l) for l in open(sys.argv[1])]
    pred = {json.loads(l)["document"]: json.loads(l) for l in open(sys.argv[2])}
    want = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    cls = collections.Counter(); fam = collections.defaultdict(collections.Counter)
    icls = collections.Counter(); listing = []
    for g in gold:
        p = pred.get(g["id"], {})
        gp, pp = g.get("people", []), p.get("people", [])
        gk = []
        for x in gp:
            full = S.name_keys(x["name"]) if not x.get("unnamed") else {K(x["name"])}
            ks = set(full)
            for sf in x.get("surface_forms", []): ks |= S.name_keys(sf)
            gk.append((full, ks))
        pk = []
        for x in pp:
            full = S.name_keys(x["name"]) if not x.get("unnamed") else {K(x["name"])}
            ks = set(full)
            for m in S.texts_of(x.get("mentions")): ks |= S.name_keys(m)
            if x.get("unnamed"):
                for r in S.texts_of(x.get("roles")): ks.add(K(r)); full.add(K(r))
            pk.append((full, ks))
        cand = sorted((-(3 if gf & pf else 2), i, j) for i, (gf, gks) in enumerate(gk) for j, (pf, pks) in enumerate(pk)
                      if (gf & pf) or (pf & gks) or (gf & pks))
        g2p, p2g = {}, {}
        for s, i, j in cand:
            if i not in g2p and j not in p2g: g2p[i] = j; p2g[j] = i
        allpred = {K(t) for x in pp for t in S.texts_of(x.get("roles"))}
        for i, x in enumerate(gp):
            if x.get("mention_only") or i not in g2p: continue
            pr = [K(t) for t in S.texts_of(pp[g2p[i]].get("roles"))]
            for r in x.get("roles", []):
                keys = {K(r["role"])} | ({K(r["resolved"])} if r.get("resolved") else set())
                if keys & set(pr): c = "hit"
                elif any(any(gk_.startswith(q) and gk_ != q for gk_ in keys) for q in pr): c = "short"
                elif any(any(q.startswith(gk_) and gk_ != q for gk_ in keys) for q in pr): c = "long"
                elif keys & allpred: c = "elsewhere"
                else: c = "none"
                cls[c] += 1
                for f in families(r["role"], None): fam[f][c] += 1
                if want in (c, *families(r["role"], None)):
                    listing.append((g["id"], x["name"], r["role"], c, S.texts_of(pp[g2p[i]].get("roles"))))
        gi = {K(v) for v in g.get("institutions", [])}
        opt = {K(v) for v in g.get("institutions_not_verbatim", []) + g.get("institutions_optional", []) + g.get("media", [])}
        pi = {K(v) for v in S.texts_of(p.get("institutions"), "name")}
        for m in gi - opt:
            if m in pi: c = "hit"
            elif any(m.startswith(q) for q in pi): c = "short"
            elif any(q.startswith(m) for q in pi): c = "long"
            else: c = "none"
            icls[c] += 1
            if want == "inst-" + c: listing.append((g["id"], m, [q for q in pi if q[:3] == m[:3]]))
    n = sum(cls.values())
    print("roles of found people:", n, " ".join(f"{k}={cls[k]}" for k in ("hit", "short", "long", "elsewhere", "none")))
    for f in sorted(fam):
        t = sum(fam[f].values())
        print(f"  {f:10} {t:4}  " + " ".join(f"{k}={fam[f][k]}" for k in ("hit", "short", "long", "elsewhere", "none")))
    print("institutions:", sum(icls.values()), " ".join(f"{k}={icls[k]}" for k in ("hit", "short", "long", "none")))
    for l in listing: print("  ", l)


main()
