import PierCore

extension SellerArchetype {
    /// Lumina Beauty Co.: Shopify Plus, beauty, US, 1,200 SKUs.
    static let lumina = SellerArchetype(
        id: "lumina", name: "Lumina Beauty Co.", platform: .shopify, vertical: "beauty", regions: [.us], currency: "USD",
        skuCount: 1200, brand: "Lumina",
        collections: [
            "Glow Edit", "Barrier Lab", "Dew Drop", "Daily", "Pure Skin", "Bloom", "Velvet", "Silk Veil", "Clean Slate", "Sunkissed", "Midnight", "Soft Focus",
        ],
        lines: luminaLines, tiktokDemand: (1.2, 1.0))

    private static let skin = "Health & Beauty > Personal Care > Cosmetics > Skin Care"
    private static let makeup = "Health & Beauty > Personal Care > Cosmetics > Makeup"
    private static let shades = [
        "Porcelain", "Ivory", "Sand", "Beige", "Honey", "Golden", "Caramel", "Almond", "Chestnut", "Mocha", "Espresso", "Ebony", "Rose", "Fawn", "Warm Nude",
        "Deep Cocoa",
    ]
    private static let lipShades = [
        "Rosewood", "Berry Crush", "Nude Petal", "Cherry Pop", "Mauve Mood", "Coral Kiss", "Brick", "Plum Wine", "Pink Dusk", "Scarlet", "Toffee", "Fig",
    ]
    private static let skinBenefits = [
        "Leaves skin feeling soft, smooth and hydrated", "Fragrance-free and suitable for sensitive skin", "Dermatologist tested",
        "Vegan and cruelty-free, never tested on animals", "Lightweight texture that absorbs quickly", "Helps skin look brighter and more even",
        "Suitable for acne-prone and combination skin", "Non-comedogenic formula", "Made without parabens or sulfates",
        "Layers well under makeup and SPF", "Recyclable glass bottle", "Helps support the skin barrier",
    ]
    private static let makeupBenefits = [
        "Buildable, blendable colour", "Long-wearing formula that stays put for hours", "Vegan and cruelty-free",
        "Enriched with vitamin E and jojoba oil", "Transfer-resistant satin finish", "Comfortable, weightless wear",
        "Shade-matched on real skin tones", "Ophthalmologist tested", "Recyclable packaging",
    ]

    private static let luminaLines: [ProductLine] = [
        ProductLine(
            names: [
                "Vitamin C Brightening Serum", "Hyaluronic Acid Hydrating Serum", "Niacinamide 10% Pore Serum", "Retinol Night Serum", "Peptide Firming Serum",
                "Bakuchiol Renewal Serum",
            ],
            products: 40, axes: [("Size", ["15ml", "30ml", "50ml"])], variantSpread: 0.67...1, category: "\(skin) > Face Serums",
            price: 1800...5800, images: 6...9,
            intros: ["Meet {name}, our most-loved step for a radiant complexion.", "{name} is a concentrated daily serum for dull, tired-looking skin."],
            benefits: skinBenefits,
            claims: [
                ("Clinically proven to heal damaged skin in 2 weeks", 0.03), ("A miracle in a bottle for tired skin", 0.02),
                ("Reverses aging while you sleep", 0.015),
            ],
            howTo: "Apply 3–4 drops to clean skin morning and evening, then moisturise.",
            ingredients: ["Aqua", "Glycerin", "Sodium Hyaluronate", "Niacinamide", "Ascorbyl Glucoside", "Panthenol", "Phenoxyethanol"],
            tags: ["serum", "skincare", "bestseller"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (3, 1.0)),
        ProductLine(
            names: ["Ceramide Barrier Cream", "Daily Gel Moisturizer", "Squalane Whipped Cream", "Rich Night Cream", "Oil-Free Water Cream"],
            products: 30, axes: [("Size", ["50ml", "100ml"])], category: "\(skin) > Face Moisturizers", price: 2200...4800, images: 5...8,
            intros: ["{name} cushions skin in lasting moisture.", "Our {name} is a comforting everyday moisturiser."],
            benefits: skinBenefits, claims: [("100% safe for everyone, even newborns", 0.02)],
            howTo: "Smooth over face and neck as the last step of your routine.",
            ingredients: ["Aqua", "Squalane", "Ceramide NP", "Cetearyl Alcohol", "Shea Butter", "Tocopherol"],
            tags: ["moisturizer", "skincare"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (2.5, 1.0)),
        ProductLine(
            names: ["Gentle Foaming Cleanser", "Oat Milk Cleansing Balm", "Amino Acid Gel Cleanser", "Micellar Cleansing Water"],
            products: 24, axes: [("Size", ["100ml", "200ml"])], category: "\(skin) > Facial Cleansers", price: 1400...3200, images: 4...7,
            intros: ["{name} lifts away makeup, SPF and the day.", "A soft, low-foam cleanser: {name}."],
            benefits: skinBenefits, howTo: "Massage onto damp skin for 30 seconds and rinse.",
            ingredients: ["Aqua", "Coco-Glucoside", "Glycerin", "Avena Sativa Kernel Flour", "Allantoin"],
            tags: ["cleanser"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (2.5, 1.0)),
        ProductLine(
            names: ["Blemish Rescue Gel", "Clear Skin Spot Treatment", "Salicylic Acid Clarifying Serum"],
            products: 10, axes: [("Size", ["30ml", "60ml"])], category: "\(skin) > Acne Treatments & Kits", price: 1600...2800, images: 4...6,
            intros: ["{name} targets the look of blemishes overnight.", "For skin that breaks out: {name}."],
            benefits: skinBenefits,
            claims: [("Treats acne and prevents future breakouts", 0.3), ("Clinically proven to clear skin in 7 days", 0.2)],
            howTo: "Dab onto areas of concern once a day.", ingredients: ["Aqua", "Salicylic Acid", "Zinc PCA", "Tea Tree Leaf Oil"],
            tags: ["acne", "blemish"], velocity: (2, 1.0)),
        ProductLine(
            names: ["Rose Water Toner", "Glycolic Acid 7% Toning Solution", "Hydrating Essence Toner", "PHA Exfoliating Toner"],
            products: 16, axes: [("Size", ["150ml", "250ml"])], category: "\(skin) > Toners & Astringents > Toners", price: 1400...2600, images: 4...6,
            intros: ["{name} preps skin for the rest of your routine."], benefits: skinBenefits,
            howTo: "Sweep over clean skin with a cotton pad.", ingredients: ["Rosa Damascena Flower Water", "Glycerin", "Gluconolactone"],
            tags: ["toner"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (2, 1.0)),
        ProductLine(
            names: ["Caffeine Eye Cream", "Peptide Eye Serum", "Brightening Eye Balm"],
            products: 12, axes: [("Size", ["15ml"])], category: "\(skin) > Eye Creams", price: 2400...3800, images: 4...6,
            intros: ["{name} wakes up the look of tired eyes."], benefits: skinBenefits,
            claims: [("Erases wrinkles and dark circles for good", 0.25)],
            howTo: "Pat a rice-grain amount around the eye area.", ingredients: ["Aqua", "Caffeine", "Palmitoyl Tripeptide-1"],
            tags: ["eye care"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Mineral Sunscreen SPF 30", "Tinted Daily Sunscreen SPF 50", "Invisible Gel Sunscreen SPF 40"],
            products: 14, axes: [("Size", ["50ml", "100ml"])], category: "\(skin) > Sunscreen", price: 1800...3400, images: 5...7,
            intros: ["{name} gives broad-spectrum protection with no white cast."], benefits: skinBenefits,
            claims: [("Blocks 100% of UV rays: the only sunblock you will ever need", 0.15), ("Waterproof sunscreen for beach days", 0.07)],
            howTo: "Apply generously 15 minutes before sun exposure; reapply every 2 hours.",
            ingredients: ["Zinc Oxide", "Caprylic/Capric Triglyceride", "Tocopherol"],
            tags: ["spf", "sunscreen"], velocity: (2, 1.0)),
        ProductLine(
            names: ["Pink Clay Mask", "Overnight Sleeping Mask", "Exfoliating Enzyme Mask", "Hydrogel Sheet Mask Set"],
            products: 16, axes: [("Size", ["50ml", "100ml"])], category: "\(skin) > Skin Care Masks & Peels", price: 1600...3400, images: 4...7,
            intros: ["{name}: ten minutes to smoother-looking skin."], benefits: skinBenefits,
            howTo: "Apply an even layer, leave for 10 minutes and rinse.", ingredients: ["Kaolin", "Bentonite", "Aqua", "Papain"],
            tags: ["mask"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Tinted Lip Balm", "Overnight Lip Mask", "Peptide Lip Treatment"],
            products: 12, axes: [("Shade", Array(lipShades.prefix(6)))], variantSpread: 0.5...1, category: "\(skin) > Lip Balms & Treatments > Lip Balms",
            price: 900...1800, images: 4...6, intros: ["{name} keeps lips soft with a sheer wash of colour."], benefits: makeupBenefits,
            claims: [("Heals cold sores and cracked lips fast", 0.08)],
            howTo: "Apply as often as needed.", ingredients: ["Ricinus Communis Seed Oil", "Cera Alba", "Cannabis Sativa Seed Oil", "Shea Butter"],
            tags: ["lip"], attributes: ["net_content": "4.5g"], velocity: (3, 1.0)),
        ProductLine(
            names: ["Satin Lipstick", "Matte Liquid Lipstick", "Cream Lip Colour"],
            products: 20, axes: [("Shade", lipShades)], variantSpread: 0.5...1, category: "\(makeup) > Lip Makeup > Lipsticks",
            price: 1600...2600, images: 5...8, intros: ["{name}: rich colour in one swipe."], benefits: makeupBenefits,
            howTo: "Apply from the centre of the lips outward.", ingredients: ["Ricinus Communis Seed Oil", "Candelilla Wax", "Tocopherol", "Mica"],
            tags: ["lipstick", "makeup"], attributes: ["net_content": "3.5g"], velocity: (2, 1.2)),
        ProductLine(
            names: ["High Shine Lip Gloss", "Plumping Lip Gloss", "Lip Oil"],
            products: 12, axes: [("Shade", Array(lipShades.prefix(8)))], variantSpread: 0.5...1, category: "\(makeup) > Lip Makeup > Lip Gloss",
            price: 1400...2200, images: 4...7, intros: ["{name} gives a glassy, non-sticky shine."], benefits: makeupBenefits,
            howTo: "Wear alone or over lipstick.", ingredients: ["Polybutene", "Jojoba Oil", "Mica"], tags: ["gloss"], attributes: ["net_content": "8ml"],
            velocity: (2, 1.2)),
        ProductLine(
            names: ["Skin Tint Foundation", "Longwear Matte Foundation", "Serum Foundation"],
            products: 8, axes: [("Shade", shades)], variantSpread: 0.75...1, category: "\(makeup) > Face Makeup > Foundations & Concealers",
            price: 2800...4200, images: 6...9, intros: ["{name}: skin-like coverage in sixteen shades."], benefits: makeupBenefits,
            howTo: "Blend with fingertips or a damp sponge.", ingredients: ["Aqua", "Cyclopentasiloxane", "Titanium Dioxide", "Iron Oxides"],
            tags: ["foundation", "makeup"], attributes: ["net_content": "30ml"], velocity: (1.5, 1.2)),
        ProductLine(
            names: ["Radiant Creamy Concealer", "Full Cover Concealer"],
            products: 8, axes: [("Shade", Array(shades.prefix(12)))], variantSpread: 0.75...1, category: "\(makeup) > Face Makeup > Foundations & Concealers",
            price: 2000...3000, images: 5...8, intros: ["{name} brightens and covers without creasing."], benefits: makeupBenefits,
            howTo: "Dot under eyes and blend.", ingredients: ["Aqua", "Dimethicone", "Iron Oxides"], tags: ["concealer"], attributes: ["net_content": "6ml"],
            velocity: (1.5, 1.2)),
        ProductLine(
            names: ["Volumising Mascara", "Lengthening Mascara", "Gel Eyeliner", "Liquid Eyeliner Pen"],
            products: 14, axes: [("Shade", ["Black", "Brown", "Navy"])], variantSpread: 0.67...1, category: "\(makeup) > Eye Makeup > Mascaras",
            price: 1400...2400, images: 4...6, intros: ["{name} defines lashes without clumping."], benefits: makeupBenefits,
            howTo: "Wiggle the brush from root to tip.", ingredients: ["Aqua", "Beeswax", "Iron Oxides"], tags: ["eyes"], attributes: ["net_content": "10ml"],
            velocity: (2.5, 1.0)),
        ProductLine(
            names: ["Neutral Eyeshadow Palette", "Sunset Eyeshadow Palette", "Smoky Eyeshadow Quad"],
            products: 10, category: "\(makeup) > Eye Makeup > Eye Shadows", price: 2800...4800, images: 6...9,
            intros: ["{name}: mattes and shimmers that blend like a dream."], benefits: makeupBenefits,
            howTo: "Build colour with a fluffy brush.", ingredients: ["Talc", "Mica", "Magnesium Stearate"], tags: ["eyeshadow"],
            attributes: ["net_content": "12g"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Cream Blush", "Powder Bronzer", "Liquid Highlighter"],
            products: 12, axes: [("Shade", ["Peach", "Rose", "Berry", "Bronze", "Champagne"])], variantSpread: 0.6...1,
            category: "\(makeup) > Face Makeup > Blushes & Bronzers", price: 1800...3000, images: 4...7,
            intros: ["{name} for a healthy flush of colour."], benefits: makeupBenefits, howTo: "Tap onto cheeks and blend upward.",
            ingredients: ["Mica", "Dimethicone", "Iron Oxides"], tags: ["blush"], attributes: ["net_content": "5g"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Firming Body Lotion", "Shimmer Body Oil", "Shea Body Butter", "Coconut Body Wash", "Exfoliating Body Scrub"],
            products: 24, axes: [("Size", ["250ml", "500ml"])], category: "Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash",
            price: 1600...3200, images: 4...6, intros: ["{name} turns your shower into a ritual."], benefits: skinBenefits,
            claims: [("Antibacterial formula that treats acne on the back and chest", 0.1), ("Slimming and firming: melts fat on thighs and tummy", 0.05)],
            howTo: "Use daily on damp skin.", ingredients: ["Aqua", "Cocos Nucifera Oil", "Glycerin", "Sodium Cocoyl Isethionate"],
            tags: ["body"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (2, 1.0)),
        ProductLine(
            names: ["Intensive Hand Cream", "Cuticle Oil Pen"],
            products: 8, axes: [("Size", ["50ml"])], category: "\(skin) > Hand Creams", price: 900...1800, images: 3...5,
            intros: ["{name} softens hard-working hands."], benefits: skinBenefits, howTo: "Massage into hands as needed.",
            ingredients: ["Aqua", "Shea Butter", "Urea", "Glycerin"], tags: ["hands"], velocity: (2, 1.0)),
        ProductLine(
            names: ["Bond Repair Shampoo", "Bond Repair Conditioner", "Curl Defining Cream", "Smoothing Hair Oil"],
            products: 20, axes: [("Size", ["250ml", "500ml"])], category: "Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner",
            price: 1800...3400, images: 4...6, intros: ["{name} for softer, shinier hair."], benefits: skinBenefits,
            claims: [("Cures dandruff in one wash", 0.04)],
            howTo: "Massage into wet hair, leave 2 minutes, rinse.", ingredients: ["Aqua", "Sodium Lauroyl Methyl Isethionate", "Argan Oil"],
            tags: ["hair"], incompleteProbability: 0.005, dropAttribute: "net_content", velocity: (2, 1.0)),
        ProductLine(
            names: ["Scalp Revival Serum", "Thickening Scalp Tonic"],
            products: 6, axes: [("Size", ["50ml"])], category: "Health & Beauty > Personal Care > Hair Care", price: 2800...4200, images: 4...6,
            intros: ["{name} cares for the scalp where healthy-looking hair starts."], benefits: skinBenefits,
            claims: [("Regrows hair and stops hair loss in 30 days", 0.5)],
            howTo: "Apply to a dry scalp nightly.", ingredients: ["Aqua", "Caffeine", "Rosmarinus Officinalis Leaf Extract"],
            tags: ["scalp"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Gel Nail Polish", "Long-Wear Nail Lacquer", "Gel Top Coat"],
            products: 14, axes: [("Shade", ["Ballet", "Cherry", "Nude", "Lilac", "Midnight", "Sage", "Coral", "Ruby", "Mocha", "Clear"])],
            variantSpread: 0.5...1, category: "Health & Beauty > Personal Care > Cosmetics > Nail Care > Nail Polishes",
            price: 900...1600, images: 3...6, intros: ["{name}: salon-glossy nails at home."],
            benefits: ["Chip-resistant for up to 14 days", "Cures under any LED or UV lamp in 60 seconds", "10-free formula", "Vegan and cruelty-free"],
            howTo: "Apply two thin coats; cure under LED lamp for 60 seconds each.", ingredients: ["Butyl Acetate", "Ethyl Acetate", "Nitrocellulose"],
            tags: ["nails"], attributes: ["net_content": "10ml"], velocity: (2, 1.0)),
        ProductLine(
            names: ["Eau de Parfum Soleil", "Eau de Parfum Nuit", "Eau de Parfum Petale"],
            products: 8, axes: [("Size", ["30ml", "50ml", "100ml"])],
            category: "Health & Beauty > Personal Care > Cosmetics > Perfumes & Colognes > Eaux de Parfum",
            price: 4800...11800, images: 5...8, intros: ["{name}: a luminous signature scent."],
            benefits: ["Top notes of bergamot and pink pepper", "Heart of jasmine and orange blossom", "Lasts up to 8 hours", "Refillable bottle"],
            howTo: "Spray on pulse points.", ingredients: ["Alcohol Denat.", "Parfum", "Aqua"], tags: ["fragrance"], velocity: (1, 1.0)),
        ProductLine(
            names: ["Rose Quartz Gua Sha", "Jade Facial Roller", "Sculpting Face Massager"],
            products: 10, category: "Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Skin Care Tools", price: 1800...3800, images: 4...7,
            intros: ["{name} for a calming facial massage ritual."],
            benefits: ["Genuine stone, hand-polished", "Cool to the touch", "Comes with a velvet pouch", "Use with your favourite facial oil"],
            claims: [("Improves blood circulation and relieves pain from headaches", 0.3)], howTo: "Glide upward and outward over oiled skin.",
            tags: ["tools"], attributes: ["net_content": "1 piece"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Lumina Gift Card"], products: 1, axes: [("Denomination", ["$25", "$50", "$100", "$200"])], category: "Gift Cards",
            price: 2500...2500, images: 1...1, intros: ["Give the gift of glow with a {name}."],
            benefits: ["Delivered by email", "Never expires"], tags: ["gift card"], attributes: ["net_content": "1 card"], velocity: (0.5, 0.5)),
    ]
}
