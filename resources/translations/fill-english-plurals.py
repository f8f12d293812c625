#!/usr/bin/env python3
"""Fills the singular and plural forms of inductiondesk_en.ts.

British English is the source language, so the only English "translation" is
of plural forms: "%n school day(s)" becomes "1 school day" and "2 school days".
Run after `cmake --build --preset ci --target update_translations`; forms
already filled are kept, so a hand-written form survives.
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"person(s)": ("person", "people"), "entr(y/ies)": ("entry", "entries")}


def forms(source):
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(word, one), plural.replace(word, many)
    singular = re.sub(r"\((e?s)\)", "", singular)
    plural = re.sub(r"\((e?s)\)", r"\1", plural)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if all(n.text for n in numerus):
            continue
        one, many = forms(message.find("source").text)
        numerus[0].text, numerus[1].text = one, many
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "inductiondesk_en.ts")
