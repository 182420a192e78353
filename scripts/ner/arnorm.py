"""Python mirror of ArabicNormalizer(.search) for building derived NER resources.

The Swift loader normalizes every key again with ArabicNormalizer(.search) (idempotent), so
small differences here only cost a few table hits, never correctness.
"""
import re
import unicodedata

_HARAKAT = re.compile('[\u064B-\u0655\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]')
_MAP = str.maketrans({
    '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
    '\u0649': '\u064A', '\u0629': '\u0647', '\u06A9': '\u0643', '\u06CC': '\u064A',
    '\u06C0': '\u0647', '\u06C1': '\u0647', '\u06BE': '\u0647', '\u06D5': '\u0647', '\u06C3': '\u0647',
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_PRES = re.compile('[\uFB50-\uFDFF\uFE70-\uFEFF]')


def normalize(s: str) -> str:
    if _PRES.search(s):
        s = _PRES.sub(lambda m: unicodedata.normalize('NFKC', m.group(0)), s)
    s = _HARAKAT.sub('', s)
    return s.translate(_MAP).lower()


# Arabic letters (after normalization) and digits; everything else separates words.
WORD = re.compile('[\u0621-\u064A\u0671-\u06D3]+|[0-9]+|[a-z]+')


def words(text: str):
    return WORD.findall(normalize(text))
