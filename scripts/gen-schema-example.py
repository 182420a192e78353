#!/usr/bin/env python3
"""Puts the real output of `khabar analyze` on the seed article into docs/schema.md.

Usage (from the repository root, after `swift build -c release`):
    .build/release/khabar analyze --tokens ../shared/examples/seed-article.txt | python3 scripts/gen-schema-example.py

The JSON is pretty-printed; the token list is cut after its first six entries (the count of the
rest is written in the note above the example) so the page stays readable.
"""
import json
import re
import sys

doc = json.load(sys.stdin)
tokens = doc["tokens"]
doc["tokens"] = tokens[:6]
example = json.dumps(doc, ensure_ascii=False, indent=2)
note = (f"Output of `khabar analyze --tokens ../shared/examples/seed-article.txt` (the token list is cut after 6 of its "
        f"{len(tokens)} entries; nothing else is changed):")
path = "docs/schema.md"
page = open(path, encoding="utf-8").read()
block = f"<!-- example:begin -->\n{note}\n\n```json\n{example}\n```\n<!-- example:end -->"
page = re.sub(r"<!-- example:begin -->.*<!-- example:end -->", lambda _: block, page, flags=re.S)
open(path, "w", encoding="utf-8").write(page)
