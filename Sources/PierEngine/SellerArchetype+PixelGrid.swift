import PierCore

extension SellerArchetype {
    /// PixelGrid Electronics: Amazon multichannel, electronics, US + EU, 5,500 SKUs.
    static let pixelgrid = SellerArchetype(
        id: "pixelgrid", name: "PixelGrid Electronics", platform: .amazon, vertical: "electronics", regions: [.us, .eu], currency: "USD",
        skuCount: 5500, brand: "PixelGrid",
        collections: ["Pro", "Air", "Max", "Lite", "Flex", "Core", "Ultra", "Nano", "Edge", "Plus"],
        lines: pixelgridLines, tiktokDemand: (4, 1.0))

    private static let phones = ["iPhone 15", "iPhone 15 Pro", "iPhone 15 Pro Max", "iPhone 14", "Galaxy S24", "Galaxy S24 Ultra", "Pixel 8", "Pixel 8 Pro"]
    private static let certified = ["certifications": "FCC, CE, UKCA"]
    private static let gadgetBenefits = [
        "Backed by an 18-month warranty and friendly US and EU support", "Tested for 10,000+ plug cycles",
        "Compact, travel-ready design", "Compatible with iPhone, Samsung Galaxy, Google Pixel and more",
        "Recyclable, plastic-free packaging", "Over-current and over-voltage protection", "What's in the box: device, USB-C cable, quick start guide",
    ]

    private static let pixelgridLines: [ProductLine] = [
        ProductLine(
            names: ["Slim Armor Phone Case", "Clear MagSafe Case", "Rugged Shockproof Case", "Silicone Soft-Touch Case", "Leather Wallet Case"],
            products: 120, axes: [("Model", phones), ("Colour", ["Black", "Clear", "Navy", "Sage", "Lavender"])], variantSpread: 0.5...1,
            category: "CELLULAR_PHONE_CASE", price: 1299...2999, images: 5...8,
            intros: ["{name}: drop protection that still slips into a pocket."],
            benefits: [
                "Military-grade drop tested to 10 ft", "Raised bezels protect camera and screen", "Wireless charging compatible",
                "Precise cut-outs for buttons and ports", "Anti-yellowing clear back",
            ],
            claims: [("Antibacterial coating kills 99.9% of germs and kills viruses on contact", 0.04)], tags: ["phone case"],
            attributes: ["model": "case"], velocity: (24, 1.2)),
        ProductLine(
            names: ["Tempered Glass Screen Protector 2-Pack", "Privacy Screen Protector", "Matte Anti-Glare Screen Protector"],
            products: 40, axes: [("Model", phones)], variantSpread: 0.5...1, category: "SCREEN_PROTECTOR", price: 899...1699, images: 4...6,
            intros: ["{name} with a bubble-free install frame."],
            benefits: ["9H hardness tempered glass", "Case-friendly edges", "Oleophobic coating resists fingerprints", "Installation frame included"],
            tags: ["screen protector"], attributes: ["model": "protector"], velocity: (24, 1.2)),
        ProductLine(
            names: ["65W GaN Wall Charger", "30W USB-C Fast Charger", "100W 4-Port Desktop Charger", "20W Compact Charger"],
            products: 40, axes: [("Plug", ["US", "EU", "UK"]), ("Colour", ["White", "Black"])], variantSpread: 0.5...1,
            category: "CHARGING_ADAPTER", price: 1499...5999, images: 6...9,
            intros: ["{name}: charge a laptop and phone at full speed from one plug."], benefits: gadgetBenefits,
            claims: [("100% safe charging, no overheating ever", 0.04)], tags: ["charger", "usb-c"],
            attributes: certified, incompleteProbability: 0.07, dropAttribute: "certifications", velocity: (32, 1.2)),
        ProductLine(
            names: ["Braided USB-C to USB-C Cable", "USB-C to Lightning Cable", "Magnetic Charging Cable", "Right-Angle USB-C Cable"],
            products: 60, axes: [("Length", ["0.5m", "1m", "2m", "3m"]), ("Colour", ["Black", "White", "Grey"])], variantSpread: 0.5...1,
            category: "ELECTRONIC_CABLE", price: 799...2199, images: 4...6,
            intros: ["{name}, braided to survive 25,000 bends."],
            benefits: ["Supports up to 100W power delivery", "480 Mbps data transfer", "Reinforced aluminium connectors", "Lifetime cable warranty"],
            tags: ["cable"], attributes: ["model": "cable"], velocity: (40, 1.2)),
        ProductLine(
            names: ["Slim Power Bank", "MagSafe Wireless Power Bank", "Laptop Power Bank"],
            products: 25, axes: [("Capacity", ["10000mAh", "20000mAh"]), ("Colour", ["Black", "White", "Blue"])], variantSpread: 0.5...1,
            category: "POWER_BANK", price: 2499...7999, images: 6...8,
            intros: ["{name}: two full phone charges in your pocket."],
            benefits: ["High-density lithium polymer cells", "Pass-through charging", "LED charge indicator", "Airline carry-on safe under 100Wh"],
            tags: ["power bank"], attributes: certified, incompleteProbability: 0.07, dropAttribute: "certifications", velocity: (24, 1.2)),
        ProductLine(
            names: ["Wireless Earbuds", "Noise Cancelling Headphones", "Open-Ear Sport Earbuds", "Studio Monitor Headphones"],
            products: 40, axes: [("Colour", ["Black", "White", "Midnight Blue", "Sand"])], variantSpread: 0.5...1,
            category: "HEADPHONES", price: 2999...14999, images: 6...9,
            intros: ["{name} with 40 hours of battery life."],
            benefits: ["Active noise cancellation with transparency mode", "Bluetooth 5.3 multipoint", "IPX5 sweat resistance", "USB-C fast charging"],
            tags: ["audio"], attributes: certified, velocity: (20, 1.2)),
        ProductLine(
            names: ["Portable Bluetooth Speaker", "Smart Home Speaker", "Waterproof Shower Speaker"],
            products: 25, axes: [("Colour", ["Black", "Red", "Teal", "Grey"])], variantSpread: 0.5...1, category: "SPEAKERS",
            price: 2499...12999, images: 6...8, intros: ["{name}: room-filling sound that travels."],
            benefits: ["IP67 dust and water resistant", "Pair two for stereo", "12-hour playtime", "Built-in microphone for calls"],
            claims: [("Order in bulk: WhatsApp our sales team", 0.03)],
            tags: ["speaker"], attributes: certified, velocity: (16, 1.2)),
        ProductLine(
            names: ["Mechanical Keyboard", "Low-Profile Wireless Keyboard", "Ergonomic Wireless Mouse", "Silent Click Mouse"],
            products: 40, axes: [("Layout", ["US", "UK", "DE", "FR"]), ("Colour", ["Black", "White"])], variantSpread: 0.5...1,
            category: "KEYBOARDS", price: 1999...12999, images: 5...8, intros: ["{name} built for long days at the desk."],
            benefits: ["Hot-swappable switches", "Connects to three devices", "Rechargeable, 3-month battery", "Works with Windows, macOS, iPadOS"],
            tags: ["keyboard", "mouse"], attributes: certified, velocity: (16, 1.2)),
        ProductLine(
            names: ["7-in-1 USB-C Hub", "4K Webcam", "Portable NVMe SSD", "USB-C Flash Drive"],
            products: 60, axes: [("Capacity", ["128GB", "256GB", "512GB", "1TB", "2TB"])], variantSpread: 0.4...1,
            category: "USB_HUB", price: 1999...15999, images: 5...8, intros: ["{name}: more ports, more storage, less clutter."],
            benefits: ["USB 3.2 Gen 2 speeds up to 10 Gbps", "Aluminium housing dissipates heat", "Plug and play, no drivers", "Works with Thunderbolt ports"],
            tags: ["storage", "hub"], attributes: certified, velocity: (16, 1.2)),
        ProductLine(
            names: ["Fitness Smartwatch", "Kids GPS Smartwatch", "Activity Tracker Band"],
            products: 15, axes: [("Size", ["41mm", "45mm"]), ("Colour", ["Black", "Silver", "Rose Gold"])], variantSpread: 0.5...1,
            category: "SMARTWATCH", price: 4999...19999, images: 6...9, intros: ["{name} tracks every step, beat and night's sleep."],
            benefits: ["Heart-rate and sleep tracking", "7-day battery", "5 ATM water resistance", "Notifications from iOS and Android"],
            claims: [("Detects and prevents heart disease", 0.06)],
            tags: ["wearable"], attributes: certified, velocity: (12, 1.2)),
        ProductLine(
            names: ["Sport Loop Watch Band", "Milanese Watch Band", "Leather Watch Band"],
            products: 10, axes: [("Size", ["41mm", "45mm"]), ("Colour", ["Black", "Olive", "Navy", "Tan", "Pink", "Silver"])], variantSpread: 0.5...1,
            category: "WATCH_BAND", price: 999...3999, images: 4...6, intros: ["{name}: swap your look in seconds."],
            benefits: ["Quick-release pins", "Fits 130–200 mm wrists"], tags: ["watch band"], attributes: ["model": "band"], velocity: (16, 1.2)),
        ProductLine(
            names: ["Aluminium Travel Tripod", "Phone Tripod with Remote"],
            products: 8, axes: [("Colour", ["Black", "Grey"])], category: "CAMERA_TRIPOD", price: 1999...5999, images: 4...6,
            intros: ["{name} for steady shots anywhere."], benefits: ["Extends to 160 cm", "Bluetooth remote included"],
            tags: ["tripod"], attributes: ["model": "tripod"], velocity: (12, 1.2)),
    ]
}
