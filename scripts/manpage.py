#!/usr/bin/env python3
"""Writes handset(1) in man(7) format from the command's own help: `handset --experimental-dump-help` (the JSON that
swift-argument-parser prints for every command, option and argument). Used by scripts/package.sh.

Usage: handset --experimental-dump-help | python3 scripts/manpage.py VERSION > handset.1
"""
import json
import sys


def escape(text):
    """Text safe in a man page: backslashes doubled, a leading dot or quote escaped, dashes kept as hyphens."""
    text = (text or "").replace("\\", "\\\\").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def synopsis(argument):
    name = argument.get("preferredName")
    value = argument.get("valueName", "value").upper()
    if argument["kind"] == "positional":
        text = value
    elif argument["kind"] == "flag":
        text = ("--" if name["kind"] == "long" else "-") + name["name"]
    else:
        text = ("--" if name["kind"] == "long" else "-") + name["name"] + " " + value
    return text if not argument.get("isOptional") else "[" + text + "]"


def describe(argument):
    names = [("--" if n["kind"] == "long" else "-") + n["name"] for n in argument.get("names", [])]
    label = ", ".join(names) if names else argument.get("valueName", "").upper()
    if argument["kind"] == "option":
        label += " " + argument.get("valueName", "value").upper()
    out = [".TP", "\\fB" + escape(label) + "\\fR"]
    text = argument.get("abstract", "")
    if argument.get("defaultValue") not in (None, ""):
        text += " (default: " + argument["defaultValue"] + ")"
    out.append(escape(text))
    return out


def visible(command):
    return [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)]


def main():
    version = sys.argv[1]
    root = json.load(sys.stdin)["command"]
    out = [
        '.TH HANDSET 1 "" "handset ' + escape(version) + '" "User Commands"',
        ".SH NAME",
        "handset \\- " + escape(root.get("abstract", "")),
        ".SH SYNOPSIS",
        ".B handset",
        "\\fISUBCOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        escape(root.get("discussion") or root.get("abstract", "")),
        ".SH OPTIONS",
    ]
    for argument in visible(root):
        out += describe(argument)
    out.append(".SH COMMANDS")
    for command in root.get("subcommands", []):
        if not command.get("shouldDisplay", True) or command["commandName"] == "help":
            continue
        out += [".SS " + escape(command["commandName"]),
                "\\fBhandset " + escape(command["commandName"]) + "\\fR " + escape(" ".join(synopsis(a) for a in visible(command))),
                ".PP", escape(command.get("abstract", ""))]
        if command.get("discussion"):
            out += [".PP", escape(command["discussion"])]
        for argument in visible(command):
            out += describe(argument)
    out += [".SH EXIT STATUS",
            "0 success; 1 the fleet has errors (or a failed build); 2 plan \\-\\-detailed\\-exitcode found changes;",
            "64 a usage error; 74 an input or output could not be read or written.",
            ".SH SEE ALSO",
            "The documentation site in the source repository (site/index.html)."]
    print("\n".join(out))


main()
