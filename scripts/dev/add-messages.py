#!/usr/bin/env python3
"""Adds or replaces messages in both locale catalogs from a JSON file of
{"key": ["English", "Spanish", {"PLACEHOLDER": "$1"}?]} so the two never drift apart."""
import json, sys
new = json.load(open(sys.argv[1], encoding="utf-8"))
for i, lang in enumerate(("en", "es")):
    path = f"public/_locales/{lang}/messages.json"
    catalog = json.load(open(path, encoding="utf-8"))
    for key, value in new.items():
        entry = {"message": value[i]}
        if len(value) > 2:
            entry["placeholders"] = {name: {"content": c} for name, c in value[2].items()}
        catalog[key] = entry
    with open(path, "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(f"{len(new)} messages written")
