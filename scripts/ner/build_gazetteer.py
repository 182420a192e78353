#!/usr/bin/env python3
"""Compact name gazetteer for the NER tagger, derived from ../shared/data/gazetteers.

Reads the Arabic sides of ANERgazet (PERS/LOC/ORG), the ANETAC English-Arabic pairs (PERSON,
LOCATION, ORGANIZATION), country names (mledoze, umpirsky), world cities and Arabic first/last
names; writes one search-normalized entry per line: `entry<TAB>TYPES` where TYPES is a
comma-separated subset of PERS, LOC, ORG; a `?` marks a type known only from ANETAC (pairs
aligned automatically from parallel text, noisier than the curated lists). Entries may be
several words.

Usage: build_gazetteer.py GAZETTEER_DIR OUT
"""
import collections
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from arnorm import words  # noqa: E402


def main():
    root, out = sys.argv[1], sys.argv[2]
    types = collections.defaultdict(set)

    def add(name, t):
        w = words(name)
        if w and len(w) <= 5 and not any(x.isascii() for x in w):
            types[' '.join(w)].add(t)

    for f, t in (('AlignedPersGazetteer.txt', 'PERS'), ('AlignedLocGazetteer.txt', 'LOC'),
                 ('AlignedOrgGazetteer.txt', 'ORG')):
        for line in open(os.path.join(root, 'ANERgazet', f), encoding='utf-8', errors='replace'):
            if not line.startswith('=='):
                add(line.strip(), t)
    kinds = {'PERSON': 'PERS', 'LOCATION': 'LOC', 'ORGANIZATION': 'ORG'}
    for line in open(os.path.join(root, 'ANETAC', 'EN-AR_Named-entities.txt'), encoding='utf-8'):
        p = line.split()
        if len(p) >= 3 and p[0] in kinds:
            add(' '.join(p[2:]), kinds[p[0]] + '?')
    with open(os.path.join(root, 'countries_mledoze', 'countries_ar_en_iso.tsv'), encoding='utf-8') as h:
        for row in csv.DictReader(h, delimiter='\t'):
            add(row['name_ar_common'], 'LOC')
            add(row['name_ar_official'], 'LOC')
    with open(os.path.join(root, 'country-list_umpirsky', 'ar_country.csv'), encoding='utf-8') as h:
        for row in csv.DictReader(h):
            add(row['value'], 'LOC')
    with open(os.path.join(root, 'world_cities_ar', 'world-cities.csv'), encoding='utf-8-sig') as h:
        for row in csv.DictReader(h):
            add(row['CountryNameAr'], 'LOC')
            add(row['CityNameAr'], 'LOC')
    names = os.path.join(root, 'arabic_names_AKhateeb')
    for f in ('male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt',
              'last-names-in-arabic.txt', '400-Arabic-Names.txt'):
        for line in open(os.path.join(names, f), encoding='utf-8-sig'):
            add(line.strip(), 'PERS')
    with open(out, 'w', encoding='utf-8') as h:
        h.write('# Name gazetteer derived by scripts/ner/build_gazetteer.py from ANERgazet, ANETAC,\n')
        h.write('# mledoze/umpirsky country lists, world cities and Arabic name lists. entry<TAB>types\n')
        for k in sorted(types):
            h.write(f"{k}\t{','.join(sorted(types[k]))}\n")
    print(f'{len(types)} entries', file=sys.stderr)


if __name__ == '__main__':
    main()
