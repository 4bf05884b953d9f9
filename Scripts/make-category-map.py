#!/usr/bin/env python3
"""Builds Sources/PierEngine/Resources/category-map.json: Pier's own mapping from source
vocabularies (Shopify taxonomy paths, Google paths, WooCommerce categories, Amazon product types,
free-text keywords) to real TikTok Shop leaf categories. Paths are copied from the real TikTok
UK category tree (trailing tabs and stray spaces trimmed, test nodes ignored), so every id we
ship exists there. Run from the repository root with ../shared beside it."""
import json, pathlib

TREE = pathlib.Path("../shared/data/taxonomy/tiktok-uk-2023/tiktok_uk_category_list.json")
SHOPIFY_TREE = pathlib.Path("../shared/data/taxonomy/shopify-2025-08/categories.txt")
GOOGLE_TREE = pathlib.Path("../shared/data/taxonomy/google-2021-09-21/taxonomy-with-ids.en-US.txt")
OUT = pathlib.Path("Sources/PierEngine/Resources/category-map.json")

SKIN = "Beauty & Personal Care>Skincare"
SHOPIFY = {
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Face Serums": 601619,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Anti-Aging Skin Care": 601619,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Face Moisturizers": 601615,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotions & Moisturizers": 601492,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Cleansers": 601609,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Toners & Astringents": 601608,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Eye Creams": 601646,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen": 601602,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Skin Care Masks & Peels": 601616,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Acne Treatments & Kits": 873480,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Lip Balms & Treatments": 601595,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Body Oil": 873736,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Hand Creams": 601480,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Makeup Removers": 601618,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Tanning Products": 978056,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care": 601611,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup": 601534,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lip Liners": 601587,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Mascaras": 601585,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Eye Shadows": 601588,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Eyeliner": 601587,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Eyebrow Enhancers": 601586,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > False Eyelashes": 824720,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Foundations & Concealers": 601554,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Blushes & Bronzers": 601560,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Highlighters & Luminizers": 601555,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Face Primers": 601556,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Face Powder": 601558,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Makeup Finishing Sprays": 601552,
    "Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash": 601493,
    "Health & Beauty > Personal Care > Cosmetics > Bath & Body > Bar Soap": 601493,
    "Health & Beauty > Personal Care > Cosmetics > Bath & Body": 601490,
    "Health & Beauty > Personal Care > Cosmetics > Nail Care > Nail Polishes": 601591,
    "Health & Beauty > Personal Care > Cosmetics > Nail Care": 977672,
    "Health & Beauty > Personal Care > Cosmetics > Perfumes & Colognes": 601583,
    "Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools": 601537,
    "Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Skin Care Tools": 601733,
    "Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner": 601469,
    "Health & Beauty > Personal Care > Hair Care > Hair Styling Products": 601513,
    "Health & Beauty > Personal Care > Hair Care > Hair Loss Treatments": 806160,
    "Health & Beauty > Personal Care > Hair Care > Hair Color": 601516,
    "Health & Beauty > Personal Care > Hair Care": 981512,
    "Health & Beauty > Personal Care > Oral Care > Teeth Whiteners": 601690,
    "Health & Beauty > Personal Care > Deodorants & Anti-Perspirant": 601498,
    "Electronics > Communications > Telephony > Mobile & Smart Phone Accessories > Mobile Phone Cases": 601925,
    "Electronics > Electronics Accessories > Power > Power Adapters & Chargers": 601937,
    "Electronics > Electronics Accessories > Power > Power Adapters & Chargers > Power Banks": 910728,
    "Electronics > Audio > Audio Components > Headphones & Headsets": 601990,
    "Electronics > Audio > Audio Components > Speakers": 602029,
    "Apparel & Accessories > Clothing > Clothing Tops": 601302,
    "Apparel & Accessories > Clothing > Dresses": 601281,
    "Apparel & Accessories > Clothing > Skirts": 601264,
    "Apparel & Accessories > Clothing > Pants": 601277,
    "Apparel & Accessories > Clothing > Shorts": 601266,
    "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets": 601267,
    "Apparel & Accessories > Clothing Accessories > Hats": 906248,
    "Apparel & Accessories > Clothing Accessories > Scarves & Shawls": 905992,
    "Apparel & Accessories > Clothing Accessories > Belts": 906376,
    "Apparel & Accessories > Jewelry > Necklaces": 605280,
    "Apparel & Accessories > Jewelry > Earrings": 605268,
    "Apparel & Accessories > Jewelry > Bracelets": 605274,
    "Apparel & Accessories > Jewelry > Rings": 605273,
}

GOOGLE = {
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Cleansers": 601609,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer": 601492,
    "Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen": 601602,
    "Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup": 601534,
    "Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne": 601583,
    "Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner": 601469,
    "Electronics > Audio > Audio Components > Headphones & Headsets": 601990,
    "Electronics > Audio > Audio Components > Speakers": 602029,
    "Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases": 601925,
    "Electronics > Electronics Accessories > Power > Power Adapters & Chargers": 601937,
    "Apparel & Accessories > Clothing > Shirts & Tops": 601302,
    "Apparel & Accessories > Clothing > Dresses": 601281,
    "Apparel & Accessories > Clothing > Skirts": 601264,
    "Apparel & Accessories > Clothing > Pants": 601277,
    "Apparel & Accessories > Clothing > Shorts": 601266,
    "Apparel & Accessories > Clothing > Outerwear": 601267,
    "Apparel & Accessories > Clothing > Activewear": 601274,
    "Apparel & Accessories > Clothing Accessories > Hats": 906248,
    "Apparel & Accessories > Clothing Accessories > Scarves & Shawls": 905992,
    "Apparel & Accessories > Clothing Accessories > Belts": 906376,
    "Apparel & Accessories > Jewelry > Necklaces": 605280,
    "Apparel & Accessories > Jewelry > Earrings": 605268,
    "Apparel & Accessories > Jewelry > Bracelets": 605274,
    "Apparel & Accessories > Jewelry > Rings": 605273,
    "Home & Garden > Decor": 600621,
}

WOO = {
    "clothing > tshirts": 601302, "tshirts": 601302, "t-shirts": 601302,
    "clothing > shirts": 601265, "shirts": 601265, "blouses": 601265,
    "clothing > hoodies": 601295, "hoodies": 601295, "sweaters": 601284, "knitwear": 601284,
    "clothing > dresses": 601281, "dresses": 601281,
    "clothing > skirts": 601264, "skirts": 601264,
    "clothing > jeans": 601276, "jeans": 601276,
    "clothing > trousers": 601277, "trousers": 601277, "pants": 601277,
    "clothing > shorts": 601266, "shorts": 601266,
    "clothing > jackets": 601267, "jackets": 601267, "outerwear": 601267,
    "clothing > accessories": 605289, "accessories": 605289,
    "clothing > accessories > hats": 906248, "hats": 906248, "beanies": 906248,
    "clothing > accessories > scarves": 905992, "scarves": 905992,
    "clothing > accessories > belts": 906376, "belts": 906376,
    "clothing > socks": 845448, "socks": 845448,
    "decor": 600621,
}

AMAZON = {
    "CELLULAR_PHONE_CASE": 601925,
    "SCREEN_PROTECTOR": 601925,
    "CHARGING_ADAPTER": 601937,
    "ELECTRONIC_CABLE": 601937,
    "POWER_BANK": 910728,
    "HEADPHONES": 601990,
    "SPEAKERS": 602029,
    "KEYBOARDS": 601760,
    "COMPUTER_INPUT_DEVICE": 601760,
    "USB_HUB": 827016,
    "WEBCAM": 827144,
    "FLASH_DRIVE": 828680,
    "SOLID_STATE_DRIVE": 828424,
    "NETWORKING_ROUTER": 829320,
    "SMARTWATCH": 602083,
    "ACTIVITY_TRACKER": 914056,
    "MICROPHONE": 912264,
    "TABLET_CASE": 991496,
    "LAPTOP_STAND": 827528,
    "MOUSE_PAD": 828040,
    "MONITOR": 601783,
    "PHONE_MOUNT": 910344,
    "SECURITY_CAMERA": 911752,
    "SHIRT": 601302,
    "DRESS": 601281,
    "SKIN_SERUM": 601619,
    "SKIN_MOISTURIZER": 601615,
    "LIPSTICK": 601534,
}

KEYWORDS = {
    "serum": 601619, "moisturizer": 601615, "moisturiser": 601615, "cleanser": 601609, "toner": 601608,
    "sunscreen": 601602, "lipstick": 601534, "lip gloss": 601534, "mascara": 601585, "perfume": 601583,
    "shampoo": 601469, "conditioner": 601469, "t-shirt": 601302, "tee": 601302, "dress": 601281,
    "skirt": 601264, "jeans": 601276, "hoodie": 601295, "jacket": 601267, "scarf": 905992, "hat": 906248,
    "necklace": 605280, "earrings": 605268, "bracelet": 605274, "ring": 605273,
    "shirt": 601265, "blouse": 601265, "pants": 601277, "trousers": 601277, "shorts": 601266, "sweater": 601284,
    "coat": 601267, "cap": 906248, "beanie": 906248, "sunglasses": 605304, "watch": 907144, "wallet": 601441,
    "phone case": 601925, "charger": 601937, "power bank": 910728, "headphones": 601990, "earbuds": 601990,
    "speaker": 602029, "keyboard": 601760, "webcam": 827144,
}

REQUIRED = [
    ("Beauty & Personal Care>", ["brand", "net_content"]),
    ("Phones & Electronics>", ["brand", "model"]),
    ("Computers & Office Equipment>", ["brand", "model"]),
    ("Womenswear & Underwear>", ["size", "material"]),
    ("Menswear & Underwear>", ["size", "material"]),
    ("Fashion Accessories>", ["material"]),
]


def clean(path):
    return ">".join(seg.strip() for seg in path.split(">"))


def main():
    tree = {}
    for node in json.loads(TREE.read_text()):
        path = clean(node["category_path"])
        if "Test Category" in path:
            continue
        tree[node["category_id"]] = path
    used = sorted(set(SHOPIFY.values()) | set(GOOGLE.values()) | set(WOO.values()) | set(AMAZON.values()) | set(KEYWORDS.values()))
    cats = []
    for cid in used:
        if cid not in tree:
            raise SystemExit(f"TikTok category {cid} is not in {TREE}")
        path = tree[cid]
        req = next((r for prefix, r in REQUIRED if path.startswith(prefix)), [])
        cats.append({"id": cid, "path": path, "requiredAttributes": req})
    # Shopify GIDs (hierarchical: aa-1-13 is under aa-1) of every mapped path, so a CSV that
    # carries the GID instead of the path maps by longest GID prefix.
    gids = {}
    for line in SHOPIFY_TREE.read_text().splitlines():
        if " : " not in line or line.startswith("#"):
            continue
        gid, path = [x.strip() for x in line.split(" : ", 1)]
        if path in SHOPIFY:
            gids[gid.rsplit("/", 1)[-1]] = SHOPIFY[path]
    # Google ids are not hierarchical: list every category under a mapped Google path.
    google_ids = {}
    for line in GOOGLE_TREE.read_text().splitlines():
        if " - " not in line or line.startswith("#"):
            continue
        gid, path = [x.strip() for x in line.split(" - ", 1)]
        best = max((k for k in GOOGLE if path == k or path.startswith(k + " > ")), key=len, default=None)
        if best:
            google_ids[gid] = GOOGLE[best]
    out = {
        "version": "2026.11-2",
        "shopifyGID": gids, "googleID": google_ids,
        "shopify": SHOPIFY, "google": GOOGLE, "woocommerce": WOO, "amazon": AMAZON, "keywords": KEYWORDS,
        "categories": cats,
    }
    OUT.write_text(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(cats)} TikTok categories")


if __name__ == "__main__":
    main()
