#!/usr/bin/env python3
"""Checks English pages and feeds for Vietnamese they should not hold.

lang_check.py CATALOG_DIR TEXTS_FILE PAGE...

- No Vietnamese text the catalog generates (change summaries, status names, field labels,
  codes' labels: keys changelog.*, status.*, zone.status.*, change.field.*, revocation.*,
  doctype.*, area.*, outcome.*) appears outside an element marked lang="vi".
- Every occurrence of each line of TEXTS_FILE (free texts that exist only in Vietnamese) is
  the whole content of an element with lang="vi" followed by the "(Vietnamese)" mark.
Prints one line per problem; exits 1 when there is any."""
import glob
import html
import re
import sys
import xml.etree.ElementTree as ET

PREFIXES = ("changelog.", "status.", "zone.status.", "change.field.", "revocation.",
            "doctype.", "area.", "outcome.")
MARKED = re.compile(r'<span[^>]*\blang="vi"[^>]*>(.*?)</span>', re.S)
MARK = re.compile(r'\s*<span[^>]*class="lang-mark"[^>]*>\(Vietnamese\)</span>')


def catalog_texts(folder):
    out = set()
    for name in glob.glob(folder + "/*.xml"):
        for m in ET.parse(name).getroot().iter("m"):
            vi = m.findtext("vi") or ""
            # the distinctive ones: with a Vietnamese letter, long enough not to be a name's part
            if m.get("k", "").startswith(PREFIXES) and len(vi) >= 5 and any(ord(c) > 127 for c in vi):
                out.add(vi)
    return out


def main():
    folder, texts_file, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    generated = catalog_texts(folder)
    with open(texts_file, encoding="utf-8") as f:
        # Vietnamese ones: with a letter outside ASCII (not the tests' markup and numbers)
        texts = [t.strip() for t in f if any(ord(c) > 127 for c in t)]
    problems = 0
    for page in pages:
        with open(page, encoding="utf-8") as f:
            # what is read: not the scripts' data (JSON-LD for machines)
            raw = re.sub(r'<script\b.*?</script>', '', f.read(), flags=re.S)
        outside = html.unescape(MARKED.sub("", raw))
        for vi in sorted(generated):
            if vi in outside:
                print(f"{page}: catalog text outside lang=\"vi\": {vi}")
                problems += 1
        # the marked elements: their content's range, when the mark follows them
        ranges = [(m.start(1), m.end(1)) for m in MARKED.finditer(raw) if MARK.match(raw, m.end())]
        for t in texts:
            esc = html.escape(t, quote=False)
            for m in re.finditer(re.escape(esc), raw):
                if not any(a <= m.start() and m.end() <= b for a, b in ranges):
                    print(f"{page}: Vietnamese-only text not marked: {t[:60]}")
                    problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
