"""Read articles: plain-text files like the seed, HTML pages, and JSON Lines corpora.

Each input becomes an `Article` whose `text` is exactly what offsets in claims point
into. Language (bg, ru, en) is detected with py3langid, refined between Bulgarian and
Russian by letters only one of them uses; other languages are skipped. The publication
date comes from the date line near the top of a text file, trafilatura's metadata for
HTML, or the record's `date` for JSON Lines.
"""
from __future__ import annotations

import re

import glob
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .dates import parse_date
from .errors import InputError
from .models import Article

LANGS = ("bg", "ru", "en")
MAX_BYTES = 20_000_000          # one article file; larger is refused, not truncated
MAX_RECORD_CHARS = 2_000_000    # one article inside a JSON Lines corpus
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}

SkipHandler = Callable[[str, str], None]


def detect_language(text: str) -> str:
    """bg, ru, en, or another ISO 639-1 code (which callers skip)."""
    import py3langid

    sample = text[:5000]
    cyr = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cyr > lat:
        lang = py3langid.classify(sample)[0]
        if lang in ("bg", "ru", "mk", "sr", "be", "uk", "kk", "ky", "mn", "tg"):
            own = {"uk": "іїєґ", "be": "ўі", "sr": "ђћџј", "mk": "ѓќѕљњџј", "kk": "әғқңөұүһі", "mn": "өү"}
            for code, letters in own.items():
                if sum(sample.lower().count(c) for c in letters) > max(2, cyr // 200):
                    return code
            ru = sum(sample.count(c) for c in "ыэЫЭё")
            bg = sample.count("ъ") + sample.count("Ъ")
            return "ru" if ru > bg else "bg"
        return lang
    return py3langid.classify(sample)[0]


def _check_bytes(data: bytes, source: str) -> str:
    if not data.strip():
        raise InputError(f"{source}: empty file")
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: file too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        where = "truncated at the end" if e.start >= len(data) - 4 else f"invalid byte at offset {e.start}"
        raise InputError(f"{source}: not UTF-8 text ({where})") from None


def _language(text: str, source: str, given: str | None = None) -> str:
    lang = (given or "").lower()[:2] or detect_language(text)
    if lang not in LANGS:
        raise InputError(f"{source}: language {lang!r} is not supported (bg, ru, en)")
    return lang


def _header(text: str, lang: str) -> tuple[str | None, str | None]:
    """(title, ISO date) from the first lines of a plain-text article."""
    lines = [ln.strip() for ln in text.splitlines()[:12]]
    nonempty = [ln for ln in lines if ln]
    date = None
    title_candidates: list[str] = []
    for ln in nonempty[:8]:
        d = parse_date(ln, lang)
        if d:
            date = d
            break
        title_candidates.append(ln)
    if date is None:  # no line of its own: the dateline opening the lead ("GENEVA, Aug. 21, 2024 — The …") or a
        # line that ends with it ("Ministry for Foreign Affairs of Finland — Press release — 11 June 2025")
        date = next((d for ln in nonempty[:8] for rx in (_DATELINE_DATE, _TRAILING_DATE)
                     if (m := rx.search(ln)) and (d := parse_date(m.group(1), lang))), None)
    titled = [ln for ln in title_candidates if len(ln.split()) >= 3 and not ln.isupper() and ">" not in ln]
    title = titled[0] if titled else (nonempty[0] if nonempty else None)
    return title, date


def doc_id(path: Path) -> str:
    """The contract's doc id of a file: its name without the last extension."""
    return path.stem


def read_text_article(data: bytes, source: str, doc: str) -> Article:
    text = _check_bytes(data, source)
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{source}: no text to read")
    lang = _language(text, source)
    title, date = _header(text, lang)
    return Article(doc=doc, text=text, lang=lang, date=date, title=title, source=source, outlet=_dateline_outlet(text))


# "GENEVA, Aug. 21, 2024 —", "Женева, 21 август 2024 г. (БТА) -": a place, a comma, the date, then a dash or a bracket
_DATELINE_DATE = re.compile(r"^[^,\n]{2,40},\s*([^—–(\n]{4,30}?)\s*(?:\(|[—–-]\s)")
_TRAILING_DATE = re.compile(r"[,—–-]\s*([^,—–\n]{4,30}?)\s*$")
_DATELINE_OUTLET = re.compile(r"(?m)^[^\n]{0,40}?\d[^\n()/]{0,15}?[(/]\s*([A-ZА-ЯЁ][\w.&' -]{1,30}?)\s*[)/]")


def _dateline_outlet(text: str) -> str | None:
    """The agency a wire story names in its dateline: "Джакарта, 12 юли (БТА) -",
    "ASTANA, July 4. /EurAsia Wire/.", "KUALA LUMPUR, Oct 26 (Regional Newsdesk) --"."""
    m = _DATELINE_OUTLET.search(text[:1500])
    return re.sub(r"^(?:Корр\.|Corr\.|Спец\. корр\.)\s*", "", m.group(1).strip()) if m else None


def read_html_article(data: bytes, source: str, doc: str) -> Article:
    import trafilatura

    html = _check_bytes(data, source)
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            favor_precision=True, as_dict=True)
    except Exception as e:  # trafilatura raises many kinds on hostile markup
        raise InputError(f"{source}: HTML could not be parsed ({type(e).__name__})") from None
    if hasattr(found, "as_dict"):
        found = found.as_dict()
    body = (found or {}).get("text") or ""
    if not body.strip():
        raise InputError(f"{source}: HTML page has no article text")
    title = (found.get("title") or "").strip() or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    lang = _language(text, source)
    date = found.get("date") or None
    return Article(doc=doc, text=text, lang=lang, date=date[:10] if date else None, title=title,
                   url=found.get("url") or None, outlet=found.get("sitename") or None, source=source)


def iter_jsonl(lines: Iterator[str], source: str, on_skip: SkipHandler | None) -> Iterator[Article]:
    """Articles of a JSON Lines corpus: one object a line with id and text (date, url, title, lang optional)."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield _record(line, where)
        except InputError as e:
            _skip(on_skip, where, e)


def _record(line: str, where: str) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    text, doc = rec.get("text"), rec.get("id", rec.get("doc"))
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: record has no text")
    if doc is None or not str(doc).strip():
        raise InputError(f"{where}: record has no id")
    if len(text) > MAX_RECORD_CHARS:
        raise InputError(f"{where}: text too large ({len(text):,} characters)")
    lang = _language(text, where, rec.get("lang") if isinstance(rec.get("lang"), str) else None)
    date = rec.get("date")
    if isinstance(date, str) and date:
        date = parse_date(date, lang) or (date[:10] if date[:4].isdigit() else None)
    else:
        date = _header(text, lang)[1]
    return Article(doc=str(doc), text=text, lang=lang, date=date,
                   title=rec.get("title") if isinstance(rec.get("title"), str) else None,
                   url=rec.get("url") if isinstance(rec.get("url"), str) else None,
                   outlet=rec.get("outlet") if isinstance(rec.get("outlet"), str) else None, source=where)


def read_article(path: str | Path) -> Article:
    """One article from a .txt or .html file; raises InputError on bad input."""
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{source}: is a folder, not an article")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{source}: file too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as e:
        raise InputError(f"{source}: cannot read ({e.strerror})") from None
    if path.suffix.lower() in HTML_SUFFIXES or data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return read_html_article(data, source, doc_id(path))
    return read_text_article(data, source, doc_id(path))


def _skip(on_skip: SkipHandler | None, source: str, err: Exception) -> None:
    if on_skip is None:
        raise err
    msg = str(err)
    on_skip(source, msg[len(source) + 2:] if msg.startswith(source + ": ") else msg)


def expand_inputs(inputs: Sequence[str], on_skip: SkipHandler | None = None) -> Iterator[str]:
    """Files named by paths, folders (recursively, sorted) and glob patterns; "-" is stdin."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            yield from (str(f) for f in files)
        elif p.exists():
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                _skip(on_skip, item, InputError(f"{item}: no file matches this pattern"))
            yield from (m for m in matches if os.path.isfile(m))
        else:
            _skip(on_skip, item, InputError(f"{item}: no such file"))


def iter_articles(inputs: Sequence[str], *, on_skip: SkipHandler | None = None,
                  stdin: io.TextIOBase | None = None) -> Iterator[Article]:
    """Stream the articles of many inputs, one at a time; bad ones go to `on_skip`
    (source, reason) and are skipped — or raise InputError when no handler is given."""
    for item in expand_inputs(inputs, on_skip):
        if item == "-":
            stream = stdin or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict")
            try:
                yield from iter_jsonl(iter(stream), "<stdin>", on_skip)
            except UnicodeDecodeError:
                _skip(on_skip, "<stdin>", InputError("<stdin>: not UTF-8 text"))
            continue
        path = Path(item)
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, on_skip)
            continue
        try:
            article = read_article(path)
        except InputError as e:
            _skip(on_skip, item, e)
            continue
        yield article


def _read_jsonl_file(path: Path, on_skip: SkipHandler | None) -> Iterator[Article]:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
            if b"\x00" in head:
                raise InputError(f"{path}: binary file, not text")
            fh.seek(0)
            text_stream = io.TextIOWrapper(fh, encoding="utf-8", errors="strict")
            try:
                yield from iter_jsonl(iter(text_stream), str(path), on_skip)
            except UnicodeDecodeError:
                raise InputError(f"{path}: not UTF-8 text") from None
    except InputError as e:
        _skip(on_skip, str(path), e)
    except OSError as e:
        _skip(on_skip, str(path), InputError(f"{path}: cannot read ({e.strerror})"))
