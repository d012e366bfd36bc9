#!/usr/bin/env python3
"""Writes Sources/HandsetCore/Catalog/Catalog+Zones.swift: every IANA zone that a vendor's phones can express.

A phone expresses a zone when one of its built-in zone entries keeps the same local time: the same UTC offset at
every hour from 2026 to 2028 (the standard offset, the DST offset and the transition instants). Zones are compared
hour by hour against the system's tz database (Python's zoneinfo), so the table says nothing a vendor entry does
not do.

Vendor entries:
- Yealink `local_time.time_zone_name`: scripts/zones-yealink.txt, the entries of Yealink's AutoDST file as shipped
  in FusionPBX (app/yealink/resources/auto_dst.xml): offset|name|type|start|end|DST minutes, where type 1 rules are
  month/week/weekday/hour (week 5 = last, weekday 7 = Sunday; start in standard time, end in DST) and type 0 rules
  month/day/hour. Names whose spelling differs between Yealink firmware generations (Denmark(Kop...),
  Macedonia/Makedonia, New Zealand/Zeland) are not used, as before.
- Htek P64: the index of an entry in the same table order. Wazo's and FusionPBX's codes agree with that order up to
  index 51 (Budapest), see the older notes kept in the Swift file; above it only the codes already in the catalog
  (each taken with its own zone's rules) are used.
- Snom `timezone`: the codes already in the catalog (NethServer's Snom UI list), each taken with its own zone's
  rules; no other Snom code list is public, so other zones reach Snom only through one of them.

Run: python3 scripts/zones.py > Sources/HandsetCore/Catalog/Catalog+Zones.swift (needs the existing file as input,
read before it is overwritten: pass it with --existing).
"""
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

START = datetime(2026, 1, 1, tzinfo=timezone.utc)
HOURS = 2 * 365 * 24 + 24
HTEK_TABLE_ORDER_LIMIT = 51
DISPUTED = ("Denmark(Kop", "Macedonia", "Makedonia", "New Zeland", "New Zealand")
REGIONS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
           "Indian/", "Pacific/")


def minutes(text):
    sign = -1 if text.startswith("-") else 1
    hours, _, mins = text.lstrip("+-").partition(":")
    return sign * (int(hours) * 60 + int(mins or 0))


def nth_weekday(year, month, week, weekday):
    """Day of month of the week-th weekday (1 = Monday ... 7 = Sunday); week 5 is the last."""
    if week == 5:
        last = (datetime(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
        return last.day - ((last.isoweekday() - weekday) % 7)
    first = datetime(year, month, 1)
    return 1 + (weekday - first.isoweekday()) % 7 + 7 * (week - 1)


def entry_signature(std, kind, start, end, dst):
    """Offsets (minutes) at each hour sample, as (initial, ((hour, offset), ...)) change points."""
    if not kind:
        return (std, ())
    def instant(rule, year, local_offset):
        parts = [int(p) for p in rule.split("/")]
        if kind == "1":
            month, week, weekday, hour = parts
            day = nth_weekday(year, month, week, weekday)
        else:
            month, day, hour = parts
        local = datetime(year, month, day, hour, tzinfo=timezone.utc)
        return local - timedelta(minutes=local_offset)
    events = []
    for year in range(2025, 2029):
        events.append((instant(start, year, std), std + int(dst)))
        events.append((instant(end, year, std + int(dst)), std))
    events.sort()
    def offset_at(t):
        current = None
        for when, value in events:
            if when <= t:
                current = value
        return current if current is not None else std
    return signature(offset_at)


def signature(offset_at):
    first = offset_at(START)
    changes, last = [], first
    for hour in range(1, HOURS):
        value = offset_at(START + timedelta(hours=hour))
        if value != last:
            changes.append((hour, value))
            last = value
    return (first, tuple(changes))


def zone_signature(name):
    tz = ZoneInfo(name)
    def offset_at(t):
        return int(t.astimezone(tz).utcoffset().total_seconds() // 60)
    return signature(offset_at)


def standard_offset(sig):
    return min([sig[0]] + [value for _, value in sig[1]])


def city(name):
    return name.rsplit("/", 1)[-1].replace("_", " ")


def main():
    existing_path = sys.argv[sys.argv.index("--existing") + 1]
    existing_text = open(existing_path, encoding="utf-8").read()
    existing = {}
    # Rows with all three vendor values are kept as they are (the hand-checked table this script grew from).
    pattern = r'zone\("([^"]+)", (-?\d+), (?:yealink: )?"([^"]+)", (?:snom: )?"([^"]+)", (?:htek: )?(\d+)\)'
    for m in re.finditer(pattern, existing_text):
        existing[m.group(1)] = (int(m.group(2)), m.group(3), m.group(4), int(m.group(5)))
    yealink = []
    for line in open("scripts/zones-yealink.txt", encoding="utf-8"):
        offset, name, kind, start, end, dst = line.rstrip("\n").split("|")
        yealink.append((name, entry_signature(minutes(offset), kind, start, end, dst)))
    zones = sorted(n for n in available_timezones() if n.startswith(REGIONS) or n == "UTC")
    signatures = {n: zone_signature(n) for n in zones}
    htek = [(index, name, sig) for index, (name, sig) in enumerate(yealink) if index <= HTEK_TABLE_ORDER_LIMIT]
    for iana, (_, _, _, code) in sorted(existing.items()):
        if code > HTEK_TABLE_ORDER_LIMIT and all(c != code for c, _, _ in htek):
            htek.append((code, None, signatures[iana]))
    snom = []
    for iana, (_, _, code, _) in sorted(existing.items(), key=lambda kv: kv[1][2]):
        if all(c != code for c, _ in snom):
            snom.append((code, signatures[iana]))

    # Central European time is shared by the most zones; Germany's entry is the one people recognise.
    preferred = {"Germany(Berlin)", "GER+1", 50}

    def pick(candidates, iana):
        """Prefer an entry naming the zone's city, then a preferred one, then the table's first."""
        if not candidates:
            return None
        for value, label in candidates:
            if label and city(iana).lower() in label.lower():
                return value
        for value, _ in candidates:
            if value in preferred:
                return value
        return candidates[0][0]

    rows = []
    for iana in zones:
        sig = signatures[iana]
        if iana in existing:
            minutes_, y, s, h = existing[iana]
            rows.append((iana, minutes_, y, s, h))
            continue
        y = pick([(n, n) for n, s in yealink if s == sig and not n.startswith(DISPUTED)], iana)
        h = pick([(c, n) for c, n, s in htek if s == sig], iana)
        s = pick([(c, c) for c, s in snom if s == sig], iana)
        if y is None and h is None and s is None:
            continue
        rows.append((iana, standard_offset(sig), y, s, h))

    def lit(v):
        return "nil" if v is None else (f'"{v}"' if isinstance(v, str) else str(v))
    head = existing_text[:existing_text.index("extension Catalog {")]
    out = [head.rstrip("\n"), "extension Catalog {", "    public static let zones: [ZoneMapping] = ["]
    for iana, m, y, s, h in rows:
        out.append(f'        zone("{iana}", {m}, yealink: {lit(y)}, snom: {lit(s)}, htek: {lit(h)}),')
    out.append("    ]")
    tail = existing_text[existing_text.index("    private static let zonesByIANA"):]
    out.append("")
    out.append(tail.rstrip("\n"))
    print("\n".join(out))
    print(f"{len(rows)} zones", file=sys.stderr)


main()
