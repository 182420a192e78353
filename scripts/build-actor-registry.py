#!/usr/bin/env python3
"""Builds Sources/KhabarActors/Resources/actors-registry.tsv, the actor registry shipped with Khabar.

Run from the repository root (offline; the output is committed):

    python3 scripts/build-actor-registry.py [--shared ../shared]

Inputs
- Debian's iso-codes (apt-get install iso-codes): ISO 3166-1 alpha-3 codes, English names, and the
  Arabic names from its translation catalogue (/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo).
- ../shared/data/gazetteers: mledoze country names (Arabic common/official names, capitals, English
  demonyms), umpirsky Arabic country names, world cities (Arabic/English, population).
- ../shared/data/cameo/iso3166_alpha3_en_ar.tsv: one more Arabic spelling per country.
- ../shared/data/petrarch-ar: Universal-PETRARCH's Arabic actor and agent dictionaries, filtered (rules
  below and in docs/actors.md).
- data/actors/curated-actors.tsv, roles.tsv, demonyms.tsv: hand-written, dated lists.

Output lines (tab-separated, UTF-8):
    E  id  type  name_en  periods  flags  arabic|arabic|...      an actor
    D  alpha3  english-adjective  form|form|...                  demonym forms of a country
    R  kind  role  type  english  arabic                         a title / nominal-actor cue
periods: CODE@from..to;CODE@from..to (dates yyyy-mm-dd, empty = open).
flags: comma-separated, e.g. capital=RUS, country=RUS, petrarch, curated.

PETRARCH filtering rules (the dictionaries date from 2009-2018 and contain errors):
P1 only person headwords of two or more tokens whose first token is a known first name (Arabic first-name
   lists and ANETAC person tokens); lemmatised organisation headwords (وزارة_دفاع_أميركي_) do not match
   running text and are left out; titles and demonyms inside a headword (رئيس_روسي_…) drop it.
P2 a date range whose end precedes its start is wrong and dropped, except the end 18000101, which the
   dictionary uses for "open".
P3 codes must start with an ISO alpha-3 code or a CAMEO international code (IGO, NGO, IMG, MNC, ...).
P4 a headword already in the curated list keeps the curated entry.
P5 agents (agents.all.ar_v3.txt): one- and two-word agents become role cues that name an actor only
   when a country demonym follows (لاجئ سوري → SYRREF); codes must be CAMEO role codes.
"""
import argparse, collections, csv, gettext, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARAKAT = re.compile('[\u064B-\u0652\u0670\u0640]')
INTL = ('IGO', 'NGO', 'IMG', 'MNC', 'INT', 'NGM', 'UIS')
ROLES = set('COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD AMN IRC GRP UNO PKO REL PTY'.split())
# Single-token city names that are common words in news text (the city is still found in longer names).
# Curated GPE rows with these English names are cities, not country aliases.
CURATED_CITIES = {'Jerusalem', 'Kyiv', 'Amman', 'Washington', 'Abu Dhabi', 'Mosul', 'Aleppo', 'Gaza City', "Sana'a", 'Aden',
                  'London', 'Seoul', 'Pyongyang', 'New Delhi'}
CITY_STOP = set('الوجه ميدان حقل بركان القائم البيضاء مغنيه القصر كيل اراد ميلا الابيض فلاديمير البلد معرفه سنه ذكر انسان القاعده حمد العزيز جورج ليل كاليفورنيا كان الجديده حديثه طاقه قصر البحر جبل الخبر صور السلام النصر الحرية الوحدة الرشيد الامل السعادة الرمادي المنصورة الجديدة الثورة الاتحاد العين الحسنية'.split())


def fold_latin(s):
    """Brasília → brasilia, Sana'a → sanaa: accents and punctuation dropped, lower case."""
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isalnum()).lower()


def load_translit(path):
    """The shipped transliteration model (scripts/train-transliteration.py), applied the same way."""
    ctx, dic = {}, {}
    for line in open(path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[0] == 'C':
            ctx[f[1] + f[2]] = f[3]
        elif f[0] == 'T':
            dic[f[1]] = f[2]

    def translit(ar):
        out = []
        for tok in ar.split():
            t = ''.join(ch for ch in norm(tok) if '\u0621' <= ch <= '\u06FF')
            if t in dic:
                out.append(dic[t]); continue
            w = '^^' + t + '$$'
            r = ''
            for i in range(2, len(w) - 2):
                p2, p1, l, n1, n2 = w[i - 2:i + 3]
                for k in ('5' + p2 + p1 + l + n1 + n2, '4L' + p2 + p1 + l + n1, '4R' + p1 + l + n1 + n2, '3' + p1 + l + n1,
                          'R' + l + n1, 'L' + p1 + l, '1' + l):
                    if k in ctx:
                        r += ctx[k]; break
            out.append(r)
        return ''.join(out)
    return translit


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[len(b)]


def norm(s):
    """A light normaliser used only to compare spellings while building (the app normalises at load)."""
    s = HARAKAT.sub('', s)
    for a, b in (('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ى', 'ي'), ('ة', 'ه')):
        s = s.replace(a, b)
    return ' '.join(s.split())


def nisba(name):
    """Derives the masculine demonym stem of a one-word Arabic country name (روسيا → روسي)."""
    n = name[2:] if name.startswith('ال') else name
    if ' ' in n or len(n) < 3:
        return None
    if n.endswith('يا'):
        return n[:-1]
    if n.endswith('ة'):
        return n[:-1] + 'ي'
    if n.endswith('ا'):
        return n[:-1] + 'ي'
    if n.endswith('ي'):
        return n
    return n + 'ي'


def demonym_forms(stem, broken):
    """All gender/number forms, with and without the article: أمريكي أمريكية أمريكيون أمريكيين
    أمريكيات أمريكيان أمريكيتان and broken plurals (روس)."""
    base = stem.split(' ')
    head, tail = base[0], ' '.join(base[1:])
    forms = []
    for suf in ('', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'):
        w = head + suf
        forms.append((w + (' ' + tail if tail else '')))
        forms.append('ال' + w + (' ' + tail if tail else ''))
    for b in broken:
        forms += [b, 'ال' + b, b + 'ا']
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'Sources/KhabarActors/Resources/actors-registry.tsv'))
    a = ap.parse_args()
    data = os.path.join(a.shared, 'data')
    cur = os.path.join(ROOT, 'data/actors')

    # --- countries ----------------------------------------------------------------------------
    iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
    tr = gettext.translation('iso_3166-1', localedir='/usr/share/locale', languages=['ar'])
    countries = {}  # alpha3 -> dict(name_en, ar:set, capital_en, demonym_en)
    for c in iso:
        ar = tr.gettext(c['name']).split('،')[0].strip()
        countries[c['alpha_3']] = {'en': c.get('common_name', c['name']).split(',')[0], 'ar': [ar] if ar != c['name'] else [],
                                   'capital': None, 'dem_en': None}
    ml = json.load(open(os.path.join(data, 'gazetteers/countries_mledoze/countries.json')))
    for c in ml:
        k = c['cca3']
        if k not in countries:
            continue
        e = countries[k]
        e['en'] = c['name']['common']
        t = c['translations'].get('ara', {})
        for f in ('common', 'official'):
            if t.get(f):
                e['ar'].append(t[f])
        e['capital'] = (c.get('capital') or [None])[0]
        e['dem_en'] = c.get('demonyms', {}).get('eng', {}).get('m')
    a2 = {c['alpha_2']: c['alpha_3'] for c in iso}
    with open(os.path.join(data, 'gazetteers/country-list_umpirsky/ar_country.csv')) as f:
        for row in csv.DictReader(f):
            if row['id'] in a2:
                countries[a2[row['id']]]['ar'].append(row['value'])
    with open(os.path.join(data, 'cameo/iso3166_alpha3_en_ar.tsv')) as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if row['alpha3'] in countries and row['name_ar']:
                countries[row['alpha3']]['ar'].append(row['name_ar'])

    def city_names_of(code):
        # A curated GPE row names a city when its English name is the capital or marked as a city.
        cap = countries[code]['capital'] or ''
        return {cap, cap.replace(' D.C.', '')} | CURATED_CITIES

    # --- curated ------------------------------------------------------------------------------
    curated = collections.OrderedDict()  # (type, name_en) -> {periods, ar}
    city_alias = collections.OrderedDict()  # (name_en, alpha3) -> [arabic]: curated GPE rows naming a city
    for line in open(os.path.join(cur, 'curated-actors.tsv')):
        if line.startswith('#') or not line.strip():
            continue
        typ, code, en, ars, frm, to, _checked = line.rstrip('\n').split('\t')
        frm = '' if frm == '-' else frm
        to = '' if to == '-' else to
        if typ == 'GPE' and code in countries and len(code) == 3:
            if en in city_names_of(code):
                city_alias[(en, code)] = ars.split('|')
                continue
            countries[code]['ar'] = ars.split('|') + countries[code]['ar']
            countries[code]['en'] = en
            continue
        e = curated.setdefault((typ, en), {'periods': [], 'ar': []})
        e['periods'].append((code, frm, to))
        for s in ars.split('|'):
            if s not in e['ar']:
                e['ar'].append(s)

    out = []
    seen_norm = set()

    def emit(id_, typ, en, periods, flags, ars):
        uniq = []
        for s in ars:
            s = ' '.join(s.split())
            if s and norm(s) not in [norm(u) for u in uniq]:
                uniq.append(s)
        if not uniq:
            return
        for s in uniq:
            seen_norm.add(norm(s))
        p = ';'.join(f'{c}@{f}..{t}' for c, f, t in periods)
        out.append('\t'.join(['E', id_, typ, en, p, ','.join(flags), '|'.join(uniq)]))

    for (typ, en), e in curated.items():
        slug = re.sub('[^a-z0-9]+', '-', en.lower()).strip('-')
        emit(f'{typ.lower()}:{slug}', typ, en, e['periods'], ['curated'], e['ar'])

    for k, e in sorted(countries.items()):
        emit(f'gpe:{k}', 'GPE', e['en'], [(k, '', '')], [f'country={k}'], e['ar'])

    # --- demonyms -----------------------------------------------------------------------------
    dem_exc = {}
    for line in open(os.path.join(cur, 'demonyms.tsv')):
        if line.startswith('#') or not line.strip():
            continue
        k, stems, broken, en = line.rstrip('\n').split('\t')
        dem_exc[k] = (stems.split('|'), [] if broken == '-' else broken.split('|'), en)
    for k, e in sorted(countries.items()):
        if k in dem_exc:
            stems, broken, en = dem_exc[k]
        else:
            base = next((s for s in e['ar'] if ' ' not in s.strip()), None)
            st = nisba(base) if base else None
            if not st or not e['dem_en'] or len(norm(st)) < 4:
                continue
            stems, broken, en = [st], [], e['dem_en']
        forms = []
        for st in stems:
            forms += demonym_forms(st, broken)
        out.append('\t'.join(['D', k, en, '|'.join(dict.fromkeys(forms))]))

    # --- cities -------------------------------------------------------------------------------
    en2a3 = {}
    for k, e in countries.items():
        en2a3[e['en']] = k
    for c in ml:
        en2a3[c['name']['common']] = c['cca3']
        en2a3[c['name']['official']] = c['cca3']
    # Jerusalem's status is contested; as a place name it is used for the city, not a government.
    capitals = {e['capital']: k for k, e in countries.items() if e['capital'] and e['capital'] != 'Jerusalem'}
    capitals.update({c.replace(' D.C.', ''): k for c, k in list(capitals.items())})
    capitals.update({fold_latin(c): k for c, k in list(capitals.items())})
    # C1: the world-cities list has machine-translated Arabic names (ذكر for Male, سنة for Ja'ar). A city
    # spelling is kept unless the transliteration model reads it far from the English name (character
    # error rate > 0.85, article and spaces ignored): a loose test, since the model knows Arab place
    # names poorly (الإسكندرية → askindreh is 0.75 from Alexandria), that catches unrelated words.
    translit = load_translit(os.path.join(ROOT, 'Sources/KhabarActors/Resources/translit-model.tsv'))
    dropped = []

    def plausible(ar, en):
        a_ = re.sub('^al', '', translit(re.sub('^ال', '', ar.replace(' ال', ' '))))
        e_ = fold_latin(re.sub(r'^(?:[AaEe]l|A[dsrzn]|At)[ \-]', '', en))
        return bool(e_) and edit_distance(a_, e_) / len(e_) <= 0.85
    near = set('SAU ARE QAT BHR KWT OMN YEM IRQ SYR LBN JOR PSE ISR EGY LBY TUN DZA MAR MRT SDN IRN TUR AFG'.split())
    cities = collections.OrderedDict()
    reserved = set(seen_norm)  # curated and country spellings; cities may share spellings with each other
    with open(os.path.join(data, 'gazetteers/world_cities_ar/world-cities.csv'), encoding='utf-8-sig') as f:
        for row in csv.DictReader(f):
            k = en2a3.get(row['CountryNameEn'])
            if not k:
                continue
            pop = int(row['Population'] or 0)
            is_cap = capitals.get(row['CityNameEn']) == k or capitals.get(fold_latin(row['CityNameEn'])) == k
            if not (is_cap or pop >= 100000 or k in near):
                continue
            ar = row['CityNameAr'].strip()
            names = [ar]
            for pre in ('ولاية ', 'محافظة ', 'مدينة ', 'منطقة '):
                if ar.startswith(pre):
                    names.insert(0, ar[len(pre):])
            if 'أبو ' in ar:
                names.append(ar.replace('أبو ', 'أبو'))
            names = [n for n in names if len(norm(n).replace(' ', '')) >= 3 and norm(n) not in CITY_STOP]
            names = [n for n in names if norm(n) not in reserved]
            if True:
                kept = [n for n in names if plausible(n, row['CityNameEn'])]
                dropped += [(n, row['CityNameEn']) for n in names if n not in kept]
                names = kept
            if not names:
                continue
            key = (row['CityNameEn'], k)
            if key in cities:
                continue
            cities[key] = (names, is_cap)
    for (en, k), ars in city_alias.items():
        names, is_cap = cities.get((en, k), ([], capitals.get(en) == k))
        cities[(en, k)] = (ars + [n for n in names if n not in ars], is_cap)
    for (en, k), (names, is_cap) in cities.items():
        flags = [f'country={k}'] + ([f'capital={k}'] if is_cap else [])
        slug = re.sub('[^a-z0-9]+', '-', en.lower()).strip('-')
        emit(f'gpe:{k}:{slug}', 'GPE', en, [(k, '', '')], flags, names)

    # --- roles --------------------------------------------------------------------------------
    role_norm = set()
    for line in open(os.path.join(cur, 'roles.tsv')):
        if line.startswith('#') or not line.strip():
            continue
        ar, kind, role, typ, en = line.rstrip('\n').split('\t')
        role_norm.add(norm(ar))
        out.append('\t'.join(['R', kind, role, typ, en, ar]))
    n_agents = 0
    for line in open(os.path.join(data, 'petrarch-ar/agents.all.ar_v3.txt')):
        m = re.match(r'^\s*([^\s#\[]+)\s*\[~([A-Z]{3})\]', line)
        if not m:
            continue
        toks = [t for t in m.group(1).strip('_').split('_') if t]
        role = m.group(2)
        if not toks or len(toks) > 2 or role not in ROLES or any(len(t) < 3 for t in toks):
            continue
        ar = ' '.join(toks)
        if norm(ar) in role_norm:
            continue
        role_norm.add(norm(ar))
        out.append('\t'.join(['R', 'agent', role, 'PER', role.lower(), ar]))
        n_agents += 1

    # --- PETRARCH persons ---------------------------------------------------------------------
    first = set()
    for fn in ('Most-Popular-Arabic-FirstNames.txt', 'male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt'):
        for line in open(os.path.join(data, 'gazetteers/arabic_names_AKhateeb', fn), encoding='utf-8', errors='ignore'):
            for w in line.replace(',', ' ').split():
                first.add(norm(w))
    firstcount = collections.Counter()
    for line in open(os.path.join(data, 'gazetteers/ANETAC/EN-AR_Named-entities.txt'), encoding='utf-8'):
        p = line.split()
        if len(p) >= 3 and p[0] == 'PERSON':
            ar = [w for w in p[1:] if re.search('[\u0600-\u06FF]', w)]
            if len(ar) >= 2:
                firstcount[norm(ar[0])] += 1
    first |= {w for w, c in firstcount.items() if c >= 3}
    dem_norm = set()
    for line in out:
        if line.startswith('D\t'):
            dem_norm |= {norm(f) for f in line.split('\t')[3].split('|')}
    head, codes, n_pet = None, [], 0
    entries = []

    def flush():
        if head and codes:
            entries.append((head, list(codes)))

    for line in open(os.path.join(data, 'petrarch-ar/actor_dict_ar_v4.txt'), encoding='utf-8'):
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line[0] in ' \t' and line.strip().startswith('['):
            codes.extend(re.findall(r'\[([A-Z]+)(?:\s+(\d{8})-(\d{8}))?\]', line))
            continue
        flush()
        head = line.split('[')[0].strip()
        codes = re.findall(r'\[([A-Z]+)(?:\s+(\d{8})-(\d{8}))?\]', line)
    flush()
    def d(s):
        return f'{s[:4]}-{s[4:6]}-{s[6:]}' if s else ''
    for hw, cs in entries:
        toks = [t for t in hw.strip('_').split('_') if t]
        if len(toks) < 2 or norm(toks[0]) not in first:  # P1
            continue
        if any(norm(t) in role_norm or norm(t) in dem_norm or len(t) < 2 for t in toks):
            continue
        ar = ' '.join(toks)
        if norm(ar) in seen_norm:  # P4
            continue
        periods = []
        for code, s, e in cs:
            if not (code[:3] in countries or code[:3] in INTL):  # P3
                continue
            if s and e and e != '18000101' and e < s:  # P2
                continue
            periods.append((code, d(s), '' if e == '18000101' else d(e)))
        if not periods:
            continue
        slug = norm(ar).replace(' ', '-')
        emit(f'per:ar:{slug}', 'PER', '', periods, ['petrarch'], [ar])
        n_pet += 1

    print(f'C1 dropped {len(dropped)} city spellings, e.g. ' + ', '.join(f'{x}/{y}' for x, y in dropped[:12]), file=sys.stderr)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write('# Khabar actor registry, generated by scripts/build-actor-registry.py; do not edit.\n')
        f.write('\n'.join(out) + '\n')
    kinds = collections.Counter(l.split('\t')[0] for l in out)
    print(f'wrote {a.out}: {kinds["E"]} actors ({len(curated)} curated, {len(countries)} countries, '
          f'{len(cities)} cities, {n_pet} PETRARCH persons), {kinds["D"]} demonym sets, '
          f'{kinds["R"]} role cues ({n_agents} PETRARCH agents)', file=sys.stderr)


if __name__ == '__main__':
    main()
