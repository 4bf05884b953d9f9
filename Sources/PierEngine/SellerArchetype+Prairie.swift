import PierCore

extension SellerArchetype {
    /// Prairie Threads: WooCommerce, apparel, 380 SKUs.
    static let prairie = SellerArchetype(
        id: "prairie", name: "Prairie Threads", platform: .woocommerce, vertical: "apparel", regions: [.us], currency: "USD",
        skuCount: 380, brand: "Prairie Threads",
        collections: ["Meadow", "Harvest", "Wildflower", "Homestead", "Bluestem", "Sunday", "Field", "Cedar"],
        lines: prairieLines, tiktokDemand: (0.8, 1.0))

    private static let sizes = ["XS", "S", "M", "L", "XL"]
    private static let clothBenefits = [
        "Garment-washed for a soft, lived-in feel", "Ethically made in small batches", "Relaxed fit, true to size",
        "Machine wash cold, line dry", "Natural fibres that breathe", "Coconut-shell buttons", "Dyed with low-impact dyes",
    ]

    private static let prairieLines: [ProductLine] = [
        ProductLine(
            names: ["Linen Button-Down Shirt", "Chambray Work Shirt", "Gauze Peasant Blouse"],
            products: 6, axes: [("Size", sizes), ("Colour", ["White", "Sage", "Oat"])], variantSpread: 0.6...1,
            category: "Clothing > Shirts", price: 5800...8800, images: 4...6, intros: ["The {name}: an easy layer for every season."],
            benefits: clothBenefits, tags: ["linen", "shirts"], attributes: ["material": "100% linen"],
            incompleteProbability: 0.02, dropAttribute: "material", velocity: (1, 1.0)),
        ProductLine(
            names: ["Organic Cotton Tee", "Heavyweight Pocket Tee", "Slub Crew Tee", "Ringer Tee"],
            products: 8, axes: [("Size", sizes), ("Colour", ["Cream", "Rust", "Indigo", "Black"])], variantSpread: 0.6...1,
            category: "Clothing > Tshirts", price: 2800...4200, images: 3...5, intros: ["{name}, cut from GOTS-certified organic cotton."],
            benefits: clothBenefits, tags: ["tees"], attributes: ["material": "organic cotton"],
            incompleteProbability: 0.02, dropAttribute: "material", velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Tiered Midi Dress", "Linen Slip Dress", "Prairie Smock Dress"],
            products: 6, axes: [("Size", sizes), ("Colour", ["Dusk", "Clay"])], variantSpread: 0.6...1,
            category: "Clothing > Dresses", price: 7800...12800, images: 5...7, intros: ["The {name} moves with you."],
            benefits: clothBenefits + ["Slimming silhouette with a defined waist", "Hidden side pockets"],
            tags: ["dresses"], attributes: ["material": "linen blend"], velocity: (0.8, 1.0)),
        ProductLine(
            names: ["Cord Midi Skirt", "Linen Wrap Skirt"],
            products: 4, axes: [("Size", sizes)], variantSpread: 0.8...1, category: "Clothing > Skirts", price: 5400...7800, images: 4...5,
            intros: ["{name} with an elastic back waist."], benefits: clothBenefits, tags: ["skirts"], attributes: ["material": "cotton corduroy"],
            velocity: (0.8, 1.0)),
        ProductLine(
            names: ["High-Rise Straight Jean", "Relaxed Barrel Jean"],
            products: 4, axes: [("Waist", ["26", "28", "30", "32", "34"])], variantSpread: 0.8...1, category: "Clothing > Jeans",
            price: 8800...11800, images: 5...7, intros: ["{name} in rigid selvedge denim."],
            benefits: clothBenefits + ["Slimming high waist fit", "Button fly"], tags: ["denim"], attributes: ["material": "100% cotton denim"],
            velocity: (1, 1.0)),
        ProductLine(
            names: ["Brushed Fleece Hoodie", "Quarter-Zip Pullover"],
            products: 4, axes: [("Size", sizes), ("Colour", ["Heather", "Forest"])], variantSpread: 0.6...1, category: "Clothing > Hoodies",
            price: 6800...8800, images: 4...6, intros: ["{name} for cold prairie mornings."], benefits: clothBenefits, tags: ["hoodies"],
            attributes: ["material": "cotton fleece"], velocity: (1, 1.0)),
        ProductLine(
            names: ["Merino Wool Scarf", "Plaid Blanket Scarf"],
            products: 6, axes: [("Colour", ["Camel", "Charcoal"])], category: "Clothing > Accessories > Scarves", price: 3800...5800, images: 3...4,
            intros: ["{name}: the warmest thing you own."], benefits: clothBenefits, tags: ["scarves"],
            attributes: ["material": "merino wool", "size": "One size"], velocity: (0.8, 1.0)),
        ProductLine(
            names: ["Ribbed Wool Beanie", "Embroidered Cap"],
            products: 6, category: "Clothing > Accessories > Hats", price: 2800...3800, images: 2...4,
            intros: ["{name}, knitted in Montana."], benefits: clothBenefits,
            claims: [("For custom embroidery, DM us on Instagram", 0.15)], tags: ["hats"],
            attributes: ["material": "wool", "size": "One size"], velocity: (1, 1.0)),
        ProductLine(
            names: ["Bamboo Everyday Socks", "Wool Hiking Socks"],
            products: 3, axes: [("Size", ["S/M", "L/XL"])], category: "Clothing > Socks", price: 1400...2200, images: 2...3,
            intros: ["{name}: soft, breathable and built to last."], benefits: clothBenefits,
            claims: [("Naturally antibacterial bamboo that prevents athlete's foot", 0.67)], tags: ["socks"],
            attributes: ["material": "bamboo viscose"], velocity: (1.5, 1.0)),
        ProductLine(
            names: ["Leather Work Belt", "Woven Canvas Belt"],
            products: 4, axes: [("Size", ["S", "M", "L"])], category: "Clothing > Accessories > Belts", price: 3800...5800, images: 2...4,
            intros: ["{name} with a solid brass buckle."], benefits: clothBenefits, tags: ["belts"], attributes: ["material": "full-grain leather"],
            velocity: (0.6, 1.0)),
        ProductLine(
            names: ["Prairie Smock Sewing Pattern (PDF)"], products: 1, axes: [("Format", ["A4", "US Letter", "A0 copy shop", "Projector"])],
            category: "Sewing Patterns", price: 1600...1600, images: 2...2, intros: ["Sew your own {name}."],
            benefits: ["Instant download", "Sizes XS–3XL"], tags: ["pattern", "downloadable"], velocity: (0.5, 0.5)),
    ]
}
