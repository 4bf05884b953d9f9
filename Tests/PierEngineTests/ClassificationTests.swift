import Foundation
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Products classified from their own words, eligibility before mapping, and the attributes
/// taken from the data: the catalogue pipeline's decisions on text a real export carries.
@Suite("Catalogue pipeline: classification, eligibility, attributes")
struct ClassificationTests {
    static let mapper = TaxonomyMapper(mapping: Fixture.resources.mapping)

    static func decide(
        _ title: String, type: String = "", category: SourceCategory = .none, tags: [String] = [],
        body: String = ""
    ) -> Classification {
        mapper.classify(
            CategoryClassifier.Input(title: title, productType: type, tags: tags, body: body), source: category,
            attributes: ["brand": "B"])
    }

    static func path(_ c: Classification) -> String { c.result.category?.path ?? "-" }

    /// Each title, with no merchant category, lands on its expected TikTok path.
    static func expectPaths(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (title, expected) in cases {
            let c = decide(title)
            #expect(path(c) == expected, "\(title) → \(path(c)); candidates \(c.candidates)", sourceLocation: sourceLocation)
        }
    }

    /// Each title, with no merchant category, gets no TikTok category (food, a supplement, a medicine).
    static func expectNoCategory(_ titles: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for title in titles {
            let c = decide(title)
            #expect(c.result.category == nil, "\(title) → \(path(c)); candidates \(c.candidates)", sourceLocation: sourceLocation)
        }
    }

    /// A supplement store names products for what they support and files one under hydroponic
    /// "Supplements"; none of them is a plant support, and none goes live.
    @Test func aSupplementNamedForWhatItSupportsHasNoCategory() {
        for (title, category, body) in [
            ("Prostate Support", SourceCategory.none, "This Prostate Support Supplement is designed to support prostate wellness with Saw Palmetto."),
            ("Vision Support", .freeText("Eye, Ear & Nose"), "This vision support supplement nourishes the eyes with Vitamin C, Zinc and Bilberry."),
            (
                "Vitalo blood sugar support", .shopify(path: "Home & Garden > Lawn & Garden > Gardening > Hydroponics > Nutrients & Supplements > Supplements"),
                "This normal blood sugar support supplement helps maintain healthy glucose metabolism with Cinnamon and Gymnema."
            ),
        ] {
            let c = Self.decide(title, category: category, body: body)
            guard case .noCategory = c.result else {
                Issue.record("\(title) → \(Self.path(c)); candidates \(c.candidates)")
                continue
            }
        }
        #expect(Self.path(Self.decide("Bamboo Plant Support Stakes 60cm")) == "Home Improvement>Garden Supplies>Plant Care & Support")
        // Named alone, with no type or body, the same names are still supplements; a brace or a
        // pillow that "supports" keeps its own leaf.
        Self.expectNoCategory(["Blood Sugar Support", "Joint Support", "Heart Support", "Sleep Support"])
        Self.expectPaths([
            ("Hinged Knee Joint Support", "Sports & Outdoor>Sports & Outdoor Accessories>Sports Sleeves & Support"),
            ("Memory Foam Sleep Support Pillow", "Textiles & Soft Furnishings>Bedding>Pillows & Bed Wedges"),
        ])
    }

    /// A title naming, word for word, a narrower leaf than the merchant's node ("Sports Bra" under
    /// Bras) names that leaf; a title that does not keeps the merchant's.
    @Test func aTitleNamingANarrowerLeafThanTheMerchantsNodeNamesIt() {
        let bras = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Lingerie > Bras")
        #expect(Self.path(Self.decide("Evolve Sports Bra – Dark Green", category: bras)) == "Sports & Outdoor>Sport & Outdoor Clothing>Sports Bras")
        #expect(Self.path(Self.decide("Lace Balconette Bra", category: bras)) == "Womenswear & Underwear>Women's Underwear>Bras")
        // A leaf of another buyer's branch does not narrow: a women's unstitched "Suit Set" filed
        // under Suits is not boys' "Suits & Sets".
        let suits = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Suits")
        #expect(Self.path(Self.decide("Trending Elegent Suit Set", category: suits)) == "Womenswear & Underwear>Women's Suits & Overalls>Suits")
    }

    /// A break word that ends a reviewed phrase ("clip in", "tape in") belongs to the phrase: the
    /// clause does not end at "Clip" and leave a hair clip; a plain "in" still ends the clause.
    @Test func aFasteningPhraseIsNotCutAtItsBreakWord() {
        let extensions = "Fashion Accessories>Hair Extensions & Wigs>Human Hair Extensions & Pieces"
        #expect(Self.path(Self.decide("Hair Extensions Clip In 20 inch")) == extensions)
        #expect(Self.path(Self.decide("Tape In Hair Extensions 18 inch")) == extensions)
        #expect(Self.path(Self.decide("Claw Hair Clip in Tortoiseshell")) == "Fashion Accessories>Hair Accessories>Hair Clips & Hair Pins")
        // A clip or a tape "in" a colour is the clip or the tape; a clip-in names hair or an extension.
        #expect(Self.path(Self.decide("Pearl Hair Clip in Ivory")) == "Fashion Accessories>Hair Accessories>Hair Clips & Hair Pins")
        #expect(Self.path(Self.decide("Electrical Tape in Black 19mm")).hasPrefix("Tools & Hardware"))
        #expect(Self.path(Self.decide("Clip In Bangs Synthetic")) == extensions)
        #expect(Self.path(Self.decide("HDMI Splitter 1x2 4K")) == "Phones & Electronics>Audio & Video>Audio & Video Accessories", "not a wall switch")
        #expect(Self.path(Self.decide("Cepillo Alisador Eléctrico de Cabello")).hasSuffix("Curlers & Straighteners"), "not a toilet brush")
        #expect(Self.decide("Café em Grãos Especial 500g").result.reason?.contains("food and drink") == true, "coffee beans, not a coffee set")
        #expect(Self.path(Self.decide("Silk Scarf in Red")) == "Fashion Accessories>Clothes Accessories>Scarves & Shawls")
        // An "in" after a word that names no product is part of the name ("Breakfast in Bed Tray").
        Self.expectPaths([
            ("Breakfast in Bed Tray", "Kitchenware>Cutlery & Tableware>Tableware Sets"),
            ("Walk in Shower Screen", "Home Improvement>Bathroom Fixtures>Shower Equipment"),
        ])
    }

    /// A tablet or caps after a dose is a pill, not a computer or a hat; a medicine has no category.
    @Test func aTabletAfterADoseIsAPill() {
        Self.expectNoCategory([
            "Ibuprofen 200mg Tablets", "Cort Prenisone 20mg Tablet", "Vitamin D3 1000IU Tablets", "Zinc Tablets 25 mg", "Iron Tablets 14mg",
            "Zink tabletten 25 mg", "Eisen Tabletten", "Ashwagandha KSM-66 600mg Vegan Caps", "Quercetin 500 mg 60 Veg Caps",
            // No dose, but a supplement's own word: not a computer tablet, nor a fidget toy "for stress relief".
            "Ashwagandha Tablets | For Stress Relief & Vital Support", "Elderberry Tablets", "Berberine Tablets",
        ])
        #expect(Self.path(Self.decide("Stress Relief Squeeze Ball Fidget Toy")) == "Toys & Hobbies>Classic & Novelty Toys>Fidget & Finger Toys")
        #expect(Self.path(Self.decide("Samsung Galaxy Tab A8 Tablet")) == "Phones & Electronics>Phones & Tablets>Tablets")
        #expect(Self.path(Self.decide("Dishwasher Tablets 100 Pack")) == "Home Supplies>Home Care Supplies>Household Cleaners")
        #expect(Self.path(Self.decide("Baseball Caps 5 Pack")) == "Fashion Accessories>Clothes Accessories>Hats")
        #expect(CategoryClassifier.isDose("200mg") && CategoryClassifier.isDose("1000iu") && !CategoryClassifier.isDose("mg"))
        #expect(!CategoryClassifier.isDose("10") && !CategoryClassifier.isDose("a8"))
    }

    /// A meter after a number is a length: the cable is a cable, in any language that says "meter".
    @Test func aMeterAfterANumberIsALength() {
        let cables = "Phones & Electronics>Phone Accessories>Cables, Chargers & Adapters"
        for title in ["Charging Cable USB-C 2 meter", "Oplaadkabel USB-C 2 meter", "USB C Charger Cable 3 meters"] {
            #expect(Self.path(Self.decide(title)) == cables, "\(title) → \(Self.path(Self.decide(title)))")
        }
        #expect(Self.path(Self.decide("Digital Clamp Meter AC DC")) == "Tools & Hardware>Measuring Tools>Electrical Measuring Instruments")
    }

    /// A dropshipper's long title names the product several ways; each of its names is the product's
    /// (an "External Battery Pack" is no power tool's battery, a "Video Game Player" no DVD player).
    @Test func aDropshippersLongTitleNamesItsProduct() {
        Self.expectPaths([
            (
                "Power Bank 20000mAh PD 22.5W Fast Charging Portable Charger External Battery Pack with Built-in Cables for iPhone Samsung",
                "Phones & Electronics>Universal Accessories>Power Banks"
            ),
            (
                "Mini Projector 4K Supported 1080P Native WiFi Bluetooth Portable Home Theater Video Projector for Phone",
                "Phones & Electronics>Audio & Video>Projectors"
            ),
            (
                "Retro Handheld Game Console 10000+ Games 3.5 Inch IPS Screen Portable Video Game Player for Kids Gift",
                "Phones & Electronics>Gaming & Consoles>Handheld Games Consoles"
            ),
        ])
    }

    /// A coat is a coat for whoever wears it; its rack is named as a rack, stand or tree. An Italian
    /// store's underwear is read in Italian.
    @Test func aCoatIsNotItsRack() {
        Self.expectPaths([
            ("Mens Wool Coat", "Menswear & Underwear>Men's Tops>Jackets & Coats"),
            ("Winterjas Heren", "Menswear & Underwear>Men's Tops>Jackets & Coats"),
            ("Coat Stand Wooden", "Furniture>Indoor Furniture>Coat Racks"),
            ("Wall Mounted Coat Rack", "Furniture>Indoor Furniture>Coat Racks"),
            ("Reggiseno Push Up Pizzo", "Womenswear & Underwear>Women's Underwear>Bras"),
            ("Collant Velati 20 Denari", "Womenswear & Underwear>Women's Underwear>Tights"),
        ])
    }

    /// A maker shop's parts: solder is soldering stock (an accessory of the soldering branch, not
    /// a wire), a thermocouple measures heat, a li-ion cell is a battery of its own.
    @Test func aMakerShopsPartsReachTheirLeaves() {
        Self.expectPaths([
            ("Solder Wire 0.8mm 100g", "Tools & Hardware>Soldering Equipment>Welding Accessories"),
            ("MAX6675 K-Thermocouple - Temperature sensor", "Tools & Hardware>Measuring Tools>Temperature Measuring Instruments"),
            ("18650 Li-ion Battery 3.7V 2600mAh", "Phones & Electronics>Universal Accessories>Dry Cell Batteries"),
            ("Stepper Motor NEMA 17", "Home Improvement>Electrical Equipment & Supplies>Motors, Generators & Accessories"),
            ("Copper Wire 2.5mm 10m", "Home Improvement>Electrical Equipment & Supplies>Wires & Cables"),
        ])
    }

    /// A wholesaler's titles: underwear named by its cut, shapewear named "girdle", and licensed
    /// characters whose names hold a product noun ("Mickey Mouse" is no computer mouse).
    @Test func aWholesalersTitlesReachTheirLeaves() {
        #expect(Self.path(Self.decide("Guess Women's Thong O77E05-PZ00A-A009N")) == "Womenswear & Underwear>Women's Underwear>Knickers")
        #expect(Self.path(Self.decide("Tourmaline Slimming Girdle ActiveSlim InnovaGoods")) == "Womenswear & Underwear>Women's Underwear>Shapewear")
        #expect(Self.path(Self.decide("Summer Pyjama Mickey Mouse 73457 Navy Blue")).hasSuffix("Pyjamas"))
        #expect(Self.path(Self.decide("Wireless Mouse Silent")) == "Computers & Office Equipment>Peripherals & Accessories>Keyboards & Mice")
        // A doll naming a pet (which takes toys down to a quarter) is still a doll, not a festive decoration.
        #expect(Self.path(Self.decide("Barbie Pet Groomer Doll")) == "Toys & Hobbies>Dolls & Stuffed Toys>Dolls")
        #expect(Self.path(Self.decide("Barbie Crayola Tie-Dye Fashions", type: "TOYS")).hasPrefix("Toys & Hobbies"), "tie-dye is no hair dye")
    }

    @Test func testInstrumentsAreElectricalMeasuringInstrumentsInEnglishAndSpanish() {
        let leaf = "Tools & Hardware>Measuring Tools>Electrical Measuring Instruments"
        for title in ["Digital Multimeter", "Fluke 376 FC True-RMS AC/DC Clamp Meter", "Non-Contact Voltage Tester", "Pinza amperimétrica Fluke 323"] {
            #expect(Self.path(Self.decide(title)) == leaf, "\(title) → \(Self.path(Self.decide(title)))")
        }
    }

    @Test func productsWithoutACategoryAreClassifiedFromTheirWords() {
        let cases: [(String, String)] = [
            ("Sterling Silver Hoop Earrings", "Fashion Accessories>Costume Jewellery & Accessories>Earrings"),
            ("Shockproof Phone Case for iPhone 13", "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers"),
            ("Women's High Waist Tummy Control Shapewear", "Womenswear & Underwear>Women's Underwear>Shapewear"),
            ("Men's Gym T-Shirt", "Sports & Outdoor>Sport & Outdoor Clothing>Sports T-shirts"),
            ("Cat Scratching Post with Sisal Rope", "Pet Supplies>Dog & Cat Furniture>Scratching Pads & Posts"),
            ("Bakhoor Incense Gift Set", "Home Supplies>Home Care Supplies>Home Fragrance"),
        ]
        for (title, expected) in cases {
            let c = Self.decide(title)
            #expect(c.source == .text, "\(title)")
            #expect(Self.path(c) == expected, "\(title) → \(Self.path(c)); candidates \(c.candidates)")
            #expect(!(c.candidates.first?.words.isEmpty ?? true), "the deciding words are kept")
        }
    }

    @Test func anAccessoryIsNamedByWhatItFitsAndIsNotTheThingItself() {
        let tablet = Self.decide("PU Leather Case for Digma CITI 10.1 inch Tablet Folio Stand")
        #expect(Self.path(tablet) == "Phones & Electronics>Tablet & Computer Accessories>Tablet Covers & Cases", "\(tablet.candidates)")
        let phone = Self.decide("Soft Liquid Silicone Case for Samsung Galaxy A10 A20")
        #expect(Self.path(phone) == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers", "\(phone.candidates)")
        let opening = Self.decide("For Galaxy Xcover 4 G390F Case Luxury PU Leather Wallet Stand Flip")
        #expect(
            Self.path(opening) == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers",
            "a title that opens with what it fits: \(opening.candidates)")
        let bike = Self.decide(
            "Yesoul Indoor Exercise Bike",
            category: .shopify(path: "Sporting Goods > Fitness & General Exercise Equipment > Cardio > Cardio Machines > Exercise Bikes"))
        #expect(Self.path(bike) == "Sports & Outdoor>Fitness Equipment>Fitness Machines", "a bike is not an exercise-machine accessory")
    }

    @Test func languagesThatNameTheProductFirstAndPetsNamedInTheTitle() {
        let cases: [(String, String)] = [
            ("Guia Retrátil LED para Cachorro e Gato", "Pet Supplies>Dog & Cat Accessories>Collars, Harnesses & Leads"),
            ("Bolsa de Transporte para Cachorro", "Pet Supplies>Dog & Cat Accessories>Carriers & Travel Supplies"),
            ("Fantasia Pet Médico para Cachorro e Gato", "Pet Supplies>Dog & Cat Clothing>Costumes"),
            ("Dog Collar with Bow Tie", "Pet Supplies>Dog & Cat Accessories>Collars, Harnesses & Leads"),
            ("Camiseta de manga corta hombre", "Menswear & Underwear>Men's Tops>T-shirts"),
            ("Escova massageadora facial", "Beauty & Personal Care>Skincare>Skincare Tools"),
            ("Câmera ip segurança lâmpada panorâmica wifi", "Phones & Electronics>Cameras & Photography>Security Cameras & Systems"),
        ]
        Self.expectPaths(cases)
        // No function word, but letters only those languages spell with; and an English title
        // with an accented loanword stays English.
        #expect(Self.path(Self.decide("Câmera ip segurança lâmpada panorâmica wifi")).hasPrefix("Phones & Electronics>Cameras"))
        #expect(Self.path(Self.decide("Oferta Mini Liquidificador Portátil 380ml Acompanha Cabo")).hasSuffix("Juicers & Blenders"))
        #expect(Self.path(Self.decide("Rosé Wine Scented Soy Candle")).hasSuffix("Candles"))
        #expect(Self.path(Self.decide("Tobacco Vanille Eau de Parfum 50ml")).hasSuffix("Perfume"), "'Eau de Parfum' is one English name")
        #expect(Self.path(Self.decide("Carrinho de Controle Remoto 4x4 Monster Truck")).hasPrefix("Toys & Hobbies>Electric & Remote Control Toys"))
    }

    @Test func everydayNounsReachTheirOwnLeaf() {
        let cases: [(String, String)] = [
            ("Smart TV 32 Full HD LED Android", "Household Appliances>Large Home Appliances>Television"),
            ("Denim Jacket Women Vintage", "Womenswear & Underwear>Women's Tops>Jackets & Coats"),
            ("Smart Plug WiFi Alexa Compatible", "Home Improvement>Smart Home Systems>Smart Home Controls"),
            ("SPF 50 Sunscreen Lotion Broad Spectrum", "Beauty & Personal Care>Bath & Body Care>Sunscreen & Sun Care"),
            ("SPF 50", "Beauty & Personal Care>Bath & Body Care>Sunscreen & Sun Care"),
            // After another product, SPF is a feature and a trailing scent no product.
            ("Foundation SPF 15 Matte", "Beauty & Personal Care>Makeup & Perfume>Concealer & Foundation"),
            ("Exfoliating Body Scrub Coffee", "Beauty & Personal Care>Bath & Body Care>Body Scrubs & Peels"),
            ("Hair Straightener Brush", "Beauty & Personal Care>Personal Care Appliances>Curlers & Straighteners"),
            ("Heatless Curling Rod Headband", "Beauty & Personal Care>Hair Care & Styling>Heatless Styling Tools"),
            ("Beard Growth Oil for Men", "Beauty & Personal Care>Men's Care>Hair Care"),
            ("Dog Chew Toy Indestructible", "Pet Supplies>Dog & Cat Accessories>Dog Toys"),
            ("Microneedling Derma Roller 0.5mm", "Beauty & Personal Care>Skincare>Skincare Tools"),
            ("Foam Roller for Muscles", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Yoga & Pilates"),
            ("Artificial Eucalyptus Stems", "Home Supplies>Home Decor>Decorative Flowers, Plants & Fruit"),
            ("Wooden TV Stand with Drawers", "Furniture>Indoor Furniture>TV Stands & Bedside Tables"),
            ("Men's Running Sneakers", "Shoes>Men's Shoes>Casual Trainers"),
            ("Wireless Mouse", "Computers & Office Equipment>Peripherals & Accessories>Keyboards & Mice"),
            ("Linen Button Down Shirt Men", "Menswear & Underwear>Men's Tops>Shirts"),
            ("Leather Crossbody Bag", "Luggage & Bags>Women's Bags>Crossbody & Shoulder Bags"),
            ("Phone Screen Protector Tempered Glass iPhone 15", "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers"),
            ("Kids Cotton Pyjama Set", "Kids' Fashion>Boys' Clothes>Nightwear"),
            ("Retinol Night Cream 50ml", "Beauty & Personal Care>Skincare>Moisturisers & Mists"),
            ("Argan Oil Hair Mask 250ml", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments/Scalp Treatments"),
        ]
        Self.expectPaths(cases)
    }

    @Test func descriptorsAfterTheProductAreReadPast() {
        let cases: [(String, String)] = [
            ("Dog Harness No Pull", "Pet Supplies>Dog & Cat Accessories>Collars, Harnesses & Leads"),
            ("Bike Helmet Adult", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Cycling"),
            ("Hair Straightener Ceramic", "Beauty & Personal Care>Personal Care Appliances>Curlers & Straighteners"),
            ("Silk Scarf Square", "Fashion Accessories>Clothes Accessories>Scarves & Shawls"),
            ("Notebook A5 Dotted Hardcover", "Computers & Office Equipment>Office Stationery & Supplies>Notebooks & Paper"),
            ("Yoga Mat Non Slip 6mm", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Yoga & Pilates"),
            ("Ceramic Coffee Mug 350ml", "Kitchenware>Drinkware>Mugs"),
            ("Tyre Pressure Gauge Digital", "Tools & Hardware>Measuring Tools>Pressure Measuring Instruments"),
        ]
        Self.expectPaths(cases)
        #expect(
            Self.path(Self.decide("CAMISETA CLÁSICA BUILD AND WIN BLOCK HOMBRE")).hasSuffix("T-shirts"),
            "a title opening with a Spanish product noun names the product first, without function words")
        #expect(
            !Self.path(Self.decide("Camiseta Superoversize Train or Die Hombre")).hasPrefix("Toys"),
            "a tee that says 'train' is not a remote-control train")
    }

    /// Eighty plain English titles of our own (`Fixtures/english-titles.tsv`), none from the dev
    /// set: at least 85% must land in a branch a reviewer accepts. 69 do today; 57 did before
    /// titles were read past their trailing descriptors.
    @Test func plainEnglishTitlesLandInAnAcceptedBranch() throws {
        let text = try String(contentsOf: ShopifyImportTests.fixtures.appendingPathComponent("english-titles.tsv"), encoding: .utf8)
        var good = 0
        var wrong = [String]()
        var total = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t").map(String.init)
            guard cols.count == 2 else { continue }
            total += 1
            let branch = Self.path(Self.decide(cols[0])).split(separator: ">").prefix(2).joined(separator: ">")
            if cols[1].split(separator: "|").contains(where: { $0 == branch }) { good += 1 } else { wrong.append("\(cols[0]) → \(branch)") }
        }
        #expect(total == 80)
        #expect(good * 100 >= total * 85, "\(good) of \(total); wrong: \(wrong.joined(separator: "; "))")
    }

    @Test func goodsForANamedPetArePetSuppliesAndPluralsFindTheirSynonyms() {
        for title in ["Brinquedo para Gatos", "Comedouro para Cachorros", "Water Bottle for Dogs", "Rope Toy for Puppies"] {
            #expect(Self.path(Self.decide(title)).hasPrefix("Pet Supplies"), "\(title) → \(Self.path(Self.decide(title)))")
        }
        for title in ["Hot Dog Roller Grill", "Cat Eye Sunglasses", "Dog Tag Necklace Stainless Steel"] {
            #expect(!Self.path(Self.decide(title)).hasPrefix("Pet Supplies"), "\(title) is not for a pet")
        }
    }

    /// A pet's supplement is the pets' Vitamins & Supplements; a person's has no category; a pill
    /// called a tablet is no tablet computer.
    @Test func aPetsSupplementIsPetHealthAndAPersonsHasNoCategory() {
        for title in [
            "Multivitamin Tablets for Dogs", "Wormer Tablets for Dogs", "Hip and Joint Tablets for Dogs 120 Tablets", "Probiotic Powder for Cats",
            "Calming Tablets for Dogs",
        ] {
            #expect(Self.path(Self.decide(title)) == "Pet Supplies>Dog & Cat Healthcare>Vitamins & Supplements", "\(title) → \(Self.path(Self.decide(title)))")
        }
        for title in ["Adult Multivitamin Tablets", "Glucosamine Joint Tablets 90", "Omega 3 Fish Oil 1000mg"] {
            #expect(Self.decide(title).result.kind == .noCategory, "\(title) is a person's supplement: \(Self.decide(title).result)")
        }
        #expect(
            Self.decide("Colon Gentle Cleanse", type: "Specialty Supplements", body: "Our Colon Cleanser is a dietary supplement.").result.kind == .noCategory)
        #expect(Self.path(Self.decide("Samsung Galaxy Tab S9 Tablet")) == "Phones & Electronics>Phones & Tablets>Tablets")
    }

    /// A direct-to-consumer shop names a product by its style ("The Classic Oxford", "Cloud Crew")
    /// and files it by its type: a style name that is another department's product gives way to
    /// the type; the same word as the product itself, or with no type, keeps its own leaf.
    @Test func aStyleNameGivesWayToTheTypeThatNamesTheProduct() {
        for (title, type, path) in [
            ("The Classic Oxford", "Shirts", "Menswear & Underwear>Men's Tops>Shirts"),
            ("The Linen Camp", "Shirts", "Menswear & Underwear>Men's Tops>Shirts"),
            ("Cloud Crew", "Sweatshirts", "Womenswear & Underwear>Women's Tops>Hoodies & Jumpers"),
            ("Harbor Crew", "Sweaters", "Womenswear & Underwear>Women's Tops>Knitwear"),
            ("Trail Runner", "Sneakers", "Shoes>Women's Shoes>Casual Trainers"),
            ("Heritage Derby", "Shoes", "Shoes>Men's Shoes>Formal Shoes"),
        ] {
            #expect(Self.path(Self.decide(title, type: type)) == path, "\(title) (\(type)) → \(Self.path(Self.decide(title, type: type)))")
        }
        #expect(Self.path(Self.decide("Oxford Shoes", type: "Shoes")).hasPrefix("Shoes>"), "the style named with its product stays that product")
        #expect(Self.path(Self.decide("Organic Cotton Crew Socks")).hasSuffix("Socks"))
        #expect(Self.path(Self.decide("Hallway Runner Rug")).hasSuffix("Rugs"))
        for (title, type) in [("Leather Shoes", ""), ("Men's Shoes", ""), ("The Classic", "Shoes")] {
            let path = Self.path(Self.decide(title, type: type))
            #expect(path.hasPrefix("Shoes>Men's Shoes") || path.hasPrefix("Shoes>Women's Shoes"), "\(title) (\(type)) is a shoe, not a toe guard: \(path)")
        }
        #expect(Self.path(Self.decide("Shoe Horn Long Handle")) == "Shoes>Shoe Accessories>Shoe Horns & Trees")
        #expect(Self.path(Self.decide("Croc Charms 20 Pack")) == "Shoes>Shoe Accessories>Shoe Decoration Charms")
        #expect(
            Self.path(Self.decide("Pace Breaker Short 7\"", type: "Shorts", tags: ["men"])) == "Menswear & Underwear>Men's Bottoms>Shorts",
            "a man's shorts are shorts, not a circuit breaker")
    }

    /// A brand-and-model title with no product type: the product line names the leaf.
    @Test func aProductLineNamesItsLeaf() {
        for (title, suffix) in [
            ("JBL Flip 6", "Speakers"), ("GoPro HERO12 Black", "Action Cameras"), ("DJI Mini 4 Pro", "Drones & Accessories"),
            ("Apple Watch Series 9 GPS 41mm", "Smart Watches"), ("Garmin Forerunner 265", "Smart Watches"), ("Fitbit Charge 6", "Fitness Trackers"),
            ("NVIDIA GeForce RTX 4070 Super", "Graphics Cards"), ("Sony WH-1000XM5", "Earphones & Headphones"), ("Logitech MX Master 3S", "Keyboards & Mice"),
        ] {
            #expect(Self.path(Self.decide(title)).hasSuffix(suffix), "\(title) → \(Self.path(Self.decide(title)))")
        }
        #expect(Self.path(Self.decide("GPS Tracker for Kids")).hasSuffix("GPS Trackers"), "a tracker without a watch is still a tracker")
        for title in ["Card Sleeves 100 Pack", "Protège-cartes Lorcana Mickey", "Tapis de jeu Donald", "Playmat Pokemon", "Ultra Pro Toploaders 25ct"] {
            #expect(
                Self.path(Self.decide(title)) == "Collections>Trading Cards & Accessories>Trading Cards Accessories",
                "\(title) → \(Self.path(Self.decide(title)))")
        }
        #expect(Self.path(Self.decide("Baby Playmat Activity Gym")).hasPrefix("Baby & Maternity"), "a baby's playmat is a baby's")
    }

    @Test func aCountedBoxIsNotTheProduct() {
        for food in ["Raw Honey Jar 340g", "Cheese Selection Box", "Brownies Box of 9", "Gift Hamper Luxury", "Cold Brew Coffee Concentrate"] {
            #expect(Self.decide(food).result.reason?.contains("food and drink") == true, "\(food) is food in its packaging")
        }
        for food in ["Kimchi Traditional 500g Jar", "Baklava Assorted Box 500g", "Maple Syrup Grade A Amber 250ml"] {
            #expect(Self.decide(food).result.reason?.contains("food and drink") == true, "\(food) is food, not its jar, box or colour")
        }
        #expect(Self.path(Self.decide("Kimchi Fermentation Jar 2L Glass")).contains("Jars"), "a fermentation jar is a jar")
        #expect(Self.path(Self.decide("Baltic Amber Necklace")).hasPrefix("Jewellery Accessories & Derivatives>Amber"))
        #expect(Self.path(Self.decide("Glass Storage Jar with Bamboo Lid")).contains("Jars"), "an empty jar is a jar")
        #expect(Self.path(Self.decide("Watering Can 5L")).contains("Watering"), "a can after no food is the product")
        #expect(Self.path(Self.decide("Luxury Gift Box with Lid")).hasSuffix("Gifts & Wrapping"), "an empty gift box is a gift box")
        #expect(
            Self.decide("Protein Bar Peanut Butter Box of 12").result.reason?.contains("food and drink") == true,
            "a counted box is not the product: a protein bar is food")
        for food in [
            "Mixed Nuts Gift Tin 500g", "Gift Tin Christmas Cookies", "Roasted Cashews 200g", "Baking Mix Brownie Kit",
            "Nestle Pre-nan Milk 400g Can", "Coconut Milk Carton 1L", "Hot Sauce Gift Box", "Free Range Eggs 12",
        ] {
            #expect(Self.decide(food).result.reason?.contains("food and drink") == true, "\(food) is food: \(Self.decide(food).result)")
        }
        for (title, path) in [
            ("Nuts and Bolts Assortment M6", "Tools & Hardware>Hardware>Fasteners & Hooks"),
            ("V60 Pour Over Dripper Size 02", "Kitchenware>Tea & Coffeeware>Coffee-Making Tools"),
            ("Dog Cookies Peanut Butter", "Pet Supplies>Dog & Cat Food>Dog Treats"),
        ] {
            #expect(Self.path(Self.decide(title)) == path, "\(title) → \(Self.path(Self.decide(title)))")
        }
    }

    @Test func aPairTheTreeNamesIsOneThingNotItsWords() {
        let cases: [(String, String)] = [
            ("Cordless Handheld Vacuum Cleaner", "Household Appliances>Home Appliances>Vacuum Cleaners & Sweeping Robots"),
            ("Mini Aspirador de Pó Recarregável USB", "Household Appliances>Home Appliances>Vacuum Cleaners & Sweeping Robots"),
            (
                "Flat Case Crystal Pattern Universal Protective Case Tablet Universal Leather Case",
                "Phones & Electronics>Tablet & Computer Accessories>Tablet Covers & Cases"
            ),
            ("Case For Samsung Galaxy Tab A 2019 SM-T510 Tablet Cover Stand", "Phones & Electronics>Tablet & Computer Accessories>Tablet Covers & Cases"),
            ("Dog Collar with Bow Tie", "Pet Supplies>Dog & Cat Accessories>Collars, Harnesses & Leads"),
        ]
        Self.expectPaths(cases)
    }

    @Test func germanCompoundsAreReadByTheirLastPart() {
        #expect(Self.path(Self.decide("Weihnachtskerze Rot")) == "Home Supplies>Home Decor>Candles")
        #expect(Self.path(Self.decide("Lavendelseife 100g")).hasPrefix("Beauty & Personal Care"))
        #expect(Self.decide("Weihnachtskerze Rot").candidates.first?.words.contains("candle") == true)
    }

    @Test func otherLanguagesReachTheTreeThroughSynonyms() {
        #expect(Self.path(Self.decide("手機殼 iPhone 13 木製")).hasPrefix("Phones & Electronics>Phone Accessories"))
        #expect(Self.path(Self.decide("دخون السنع")).hasPrefix("Home Supplies>Home Care Supplies"))
        #expect(Self.path(Self.decide("Camiseta deportiva hombre")).hasPrefix("Sports & Outdoor>Sport & Outdoor Clothing"))
        for (title, prefix) in [
            ("Feuchtigkeitscreme für das Gesicht 50ml", "Beauty & Personal Care>Skincare"),
            ("Wimperntusche Schwarz Volumen", "Beauty & Personal Care>Makeup & Perfume"),
            ("Nagellack Rot 10ml", "Beauty & Personal Care>Hand, Foot & Nail Care"),
            ("Haarbürste aus Holz", "Beauty & Personal Care>Hair Care & Styling"),
            ("Kissenbezug Leinen 50x50", "Textiles & Soft Furnishings>Household Textiles"),
            ("Jeansrock Damen", "Womenswear & Underwear>Women's Bottoms"),
            ("Pull en laine côtelé", "Womenswear & Underwear>Women's Tops"),
            ("Baskets en cuir blanc", "Shoes>"),
            ("Sweat à capuche homme gris", "Menswear & Underwear>Men's Tops"),
            ("Palette de fards à paupières", "Beauty & Personal Care>Makeup & Perfume"),
            ("Ratón inalámbrico ergonómico", "Computers & Office Equipment>Peripherals & Accessories"),
            ("Vela aromática de soja", "Home Supplies>Home Decor"),
            ("Vestito lungo a fiori", "Womenswear & Underwear>Women's Dresses"),
            ("Borsa a tracolla in pelle", "Luggage & Bags>"),
            ("Cover per iPhone 14", "Phones & Electronics>Phone Accessories"),
            ("Luftbefeuchter Ultraschall 2L", "Household Appliances>"), ("Katzenklo mit Deckel", "Pet Supplies>"),
            ("Babyphone mit Kamera", "Baby & Maternity>"), ("Arbre à chat 120 cm", "Pet Supplies>"),
            ("Jeu de construction 500 pièces", "Toys & Hobbies>Classic & Novelty Toys"), ("Soporte de móvil para coche", "Phones & Electronics>"),
            ("Caja organizadora con tapa", "Home Supplies>Home Organizers"), ("Wandregal Holz schwebend", "Furniture>Indoor Furniture"),
            ("LED Lichterkette 10m warmweiß", "Home Improvement>Lights & Lighting"),
            ("كريم مرطب للوجه", "Beauty & Personal Care>Skincare"), ("أحمر شفاه", "Beauty & Personal Care>Makeup & Perfume"),
            ("حقيبة يد نسائية", "Luggage & Bags>Women's Bags"), ("سماعات بلوتوث لاسلكية", "Phones & Electronics>Audio & Video"),
            ("عباية سوداء", "Muslim Fashion>"), ("كفر جوال ايفون 15", "Phones & Electronics>Phone Accessories"),
            ("سيروم فيتامين سي للوجه", "Beauty & Personal Care>Skincare"), ("كفر ايفون 15 برو", "Phones & Electronics>Phone Accessories"),
        ] {
            #expect(Self.path(Self.decide(title)).hasPrefix(prefix), "\(title): \(Self.path(Self.decide(title)))")
        }
        #expect(CategoryClassifier.fold("أحمر إضاءة آلة مؤشر ئ") == "احمر اضاءة الة موشر ي", "folded as the generator's NFKD folds the lexicon")
        #expect(Self.path(Self.decide("Pull Up Bar Doorway")).hasPrefix("Sports & Outdoor>Fitness Equipment"), "an English pull is not a jumper")
        #expect(Self.path(Self.decide("Storage Baskets Set of 3")).hasPrefix("Home Supplies>Home Organizers"), "English baskets hold things")
    }

    @Test func everyReviewedWordIsSpeltAsTheClassifierFoldsText() {
        let mapping = Fixture.resources.mapping
        let keys = Array(mapping.synonyms.keys) + Array(mapping.lexicon.keys)
        let unreachable = keys.filter { CategoryClassifier.fold($0) != $0 }.sorted()
        #expect(unreachable.isEmpty, "a key the classifier's folding never produces cannot match: \(unreachable.prefix(10))")
    }

    @Test func belowTheThresholdTheSKUWaitsWithCandidatesNeverAGuess() {
        let c = Self.decide("Nanogame Sly", category: .none)
        guard case .unmapped(let reason) = c.result else {
            Issue.record("a one-word title with no category is not guessed: \(c.result)")
            return
        }
        #expect(reason.hasPrefix("needs a category"))
        let empty = Self.decide("", category: .none)
        #expect(empty.result.reason?.contains("no product text") == true)
    }

    /// A storybook shop's "Boy The Dinos Need You" names its reader, not a garment: words naming
    /// the buyer alone decide nothing, and with a product word they still choose the buyer's leaf.
    @Test func aBuyersWordAloneIsNoProduct() {
        for title in ["Boy The Dinos Need You", "The Boy and the Cosmic Journey", "Girls"] {
            let c = Self.decide(title, tags: ["4-6", "bestseller"])
            guard case .unmapped(let reason) = c.result else {
                Issue.record("\(title) names only its buyer: \(c.result)")
                continue
            }
            #expect(reason.hasPrefix("needs a category"), "\(title): \(reason)")
        }
        #expect(Self.path(Self.decide("Boys Underwear 5 Pack")) == "Kids' Fashion>Boys' Clothes>Underwear")
        #expect(Self.path(Self.decide("Girls Party Dress")).hasPrefix("Kids' Fashion>Girls' Clothes"))
    }

    /// A supplement bundle called "Family Must Have" names no book: a weakly scored leaf whose
    /// branch needs a word the text does not say (a book's, a pet's) is a candidate, not the
    /// decision; a strong one still decides ("Protein Cookbook" names no "book" but is one).
    @Test func aLeafMissingItsBranchsWordIsNoDecision() {
        let bundle = Self.decide("Family Must Have")
        guard case .unmapped(let reason) = bundle.result else {
            Issue.record("\"Family Must Have\" names no book: \(bundle.result)")
            return
        }
        #expect(reason.contains("Parenting & Family"), "the book stays a candidate: \(reason)")
        #expect(Self.path(Self.decide("Family Must Have Parenting Book")).hasPrefix("Books, Magazines & Audio>"))
        #expect(Self.path(Self.decide("Protein Cookbook")) == "Books, Magazines & Audio>Lifestyle & Hobbies>Recipes & Cooking")
    }

    /// "Samsung Galaxy Tab A8 Case": the brand reads as a phone, but a case that names a tablet
    /// is a tablet case; a phone case naming no tablet stays a phone case.
    @Test func aCaseNamingATabletIsATabletCase() {
        #expect(Self.path(Self.decide("Samsung Galaxy Tab A8 Case")) == "Phones & Electronics>Tablet & Computer Accessories>Tablet Covers & Cases")
        #expect(Self.path(Self.decide("Samsung Galaxy S24 Case Clear")) == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers")
    }

    /// "Baskets" are French trainers, a Spanish "collar" a necklace, a German "Rock" a skirt: a word
    /// another language means otherwise is read so only in a product written in that language.
    @Test func aWordIsReadInTheLanguageTheProductIsWrittenIn() {
        let french = CategoryClassifier.Input(
            title: "Baskets blanches homme", body: "Baskets en cuir pour homme, semelle en caoutchouc et lacets.")
        #expect(Self.mapper.classifier.language(of: french) == "fr")
        #expect(Self.path(Self.decide(french.title, body: french.body)) == "Shoes>Men's Shoes>Casual Trainers")
        #expect(Self.path(Self.decide("Collar de plata con corazón para mujer")).hasSuffix(">Necklaces"))
        #expect(Self.path(Self.decide("Midi Rock mit Blumen für Damen")) == "Womenswear & Underwear>Women's Bottoms>Skirts")
        #expect(Self.path(Self.decide("Canapé 3 places en velours")) == "Furniture>Indoor Furniture>Sofas")
        #expect(Self.path(Self.decide("Costume intero donna nero")) == "Sports & Outdoor>Swimwear, Surfwear & Wetsuits>One-Pieces")
        // English text keeps the English meaning, whatever names it carries.
        for (title, expected) in [
            ("Storage Baskets for the Home", "Home Supplies>Home Organizers>Storage Baskets"),
            ("Les Paul Guitar Strings", "Toys & Hobbies>Musical Instruments & Accessories>Guitars & Stringed Instruments"),
            ("De La Mer Body Cream", "Beauty & Personal Care>Bath & Body Care>Body Creams & Lotions"),
        ] {
            #expect(Self.mapper.classifier.language(of: CategoryClassifier.Input(title: title)) == nil, "\(title)")
            #expect(Self.path(Self.decide(title)) == expected, "\(title)")
        }
        // A phrase of the shared lists still comes first: "sac à main" is a handbag, not a hand.
        #expect(Self.path(Self.decide("Sac à main en cuir pour femme")) == "Luggage & Bags>Women's Bags>Handbags")
    }

    /// A Dutch or German general store's titles name the product in one compound ("HOUTKACHEL",
    /// "Halterschijf", "Kinderbett"): its home, garden, fitness and furniture words reach their
    /// leaves, and a word that is English too keeps its English sense in English ("Horse Halter"
    /// is tack, not a Dutch dumbbell; German "Haut" is skin, French "haut" a top).
    @Test func aDutchOrGermanHomeStoresTitlesReachTheirLeaves() {
        Self.expectPaths([
            ("Halterschijf - 10 kg Rubber - groen", "Sports & Outdoor>Fitness Equipment>Weight Training"),
            ("MEISJESFIETS - 6 Shimano Versnellingen - Wit/Roze - 24 Inch", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Cycling"),
            ("Eettafel eikenhout 180 cm", "Furniture>Indoor Furniture>Tables & Desks"),
            ("CAMPINGTAFEL - Opklapbaar HDPE-Staal - Zwart 180x70 cm", "Furniture>Outdoor Furniture>Outdoor Tables"),
            ("Kaptafel - hartvormige spiegel en 4 lades - wit", "Furniture>Indoor Furniture>Makeup Vanities"),
            ("Kinderbett mit Matratze 160x80", "Furniture>Children's Furniture>Beds"),
            ("Dunstabzugshaube 60 cm", "Household Appliances>Large Home Appliances>Range Hoods"),
            ("Horloge dames goud", "Fashion Accessories>Watches & Accessories>Women's Watches"),
            ("Feuchtigkeitscreme für trockene Haut 50ml", "Beauty & Personal Care>Skincare>Moisturisers & Mists"),
            ("Haut femme manches longues en coton", "Womenswear & Underwear>Women's Tops>Vest, Tank & Tube Tops"),
            ("Dumbbell Set 50kg Adjustable", "Sports & Outdoor>Fitness Equipment>Weight Training"),
            // A compound that starts with a buyer's word names that buyer.
            ("Herrensocken 5 Paar", "Menswear & Underwear>Men's Underwear>Socks"),
            ("Herrenuhr Edelstahl", "Fashion Accessories>Watches & Accessories>Men's Watches"),
            ("Damesjas winter", "Womenswear & Underwear>Women's Tops>Jackets & Coats"), ("Jongensbroek", "Kids' Fashion>Boys' Clothes>Bottoms"),
            // A qualifier reads what a compound was read as: beard oil is for men.
            ("Bartöl 30ml", "Beauty & Personal Care>Men's Care>Hair Care"), ("Baardolie 30ml", "Beauty & Personal Care>Men's Care>Hair Care"),
            ("Garrafa de água para cães e gatos", "Pet Supplies>Dog & Cat Accessories>Feeding Supplies"),
            ("Horse Halter Padded Leather", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Horse Riding"),
        ])
        // German feeds write Google's category names in German.
        for (path, expected) in [
            ("Bekleidung & Accessoires > Bekleidung > Röcke", "Womenswear & Underwear>Women's Bottoms>Skirts"),
            ("Bekleidung & Accessoires > Schmuck > Halsketten", "Fashion Accessories>Costume Jewellery & Accessories>Necklaces"),
        ] {
            #expect(Self.path(Self.decide("Artikel", category: .google(path: path))) == expected, "\(path)")
        }
        Self.expectNoCategory(["Chocoladereep melk 100g", "Gummibärchen 200g", "Eiwitpoeder chocolade 1kg"])
    }

    /// Names the Dutch store's titles and our own lists use in English: a toy laptop is a toy, not a
    /// laptop; reading glasses are worn, not drunk from; "Dumbells" are dumbbells; a stair gate keeps a
    /// baby safe; a kids' table is children's furniture.
    @Test func everydayNamesReachTheirLeaves() {
        Self.expectPaths([
            ("Wooden Toy Laptop", "Toys & Hobbies>Educational Toys>Toy Tablets & Computers"),
            ("Laptop 15.6 inch Intel i5", "Computers & Office Equipment>Desktop Computers, Laptops & Tablets>Laptops"),
            ("Reading Glasses +2.0", "Fashion Accessories>Eyewear>Frames & Glasses"),
            ("Blue Light Blocking Glasses", "Fashion Accessories>Eyewear>Frames & Glasses"),
            ("Wine Glasses Set of 6", "Kitchenware>Drinkware>Glasses"),
            ("Dumbells - Neopreen 6kg Set - Donkerroze", "Sports & Outdoor>Fitness Equipment>Weight Training"),
            ("Stair Gate Extra Wide", "Baby & Maternity>Baby Safety>Gates & Doorways"),
            ("kids table", "Furniture>Children's Furniture>Tables & Desks"),
            ("Coffee Table Oak", "Furniture>Indoor Furniture>Tables & Desks"),
            ("Girls Bike 24 inch Shimano", "Sports & Outdoor>Leisure & Outdoor Recreation Equipment>Cycling"),
            ("Exercise Bike Magnetic 8 Levels", "Sports & Outdoor>Fitness Equipment>Fitness Machines"),
        ])
    }

    /// Best-selling beauty and supplement titles: the product's own word outweighs an ingredient or
    /// a brand's word ("Rice" in a sunscreen's name, "Bum Bum", "Power Defense", "Complete").
    @Test func aBeautyOrSupplementTitleIsItsProductNotAnIngredient() {
        Self.expectPaths([
            ("Beauty of Joseon Relief Sun Rice + Probiotics SPF50+", "Beauty & Personal Care>Bath & Body Care>Sunscreen & Sun Care"),
            ("Rice Water Toner 150ml", "Beauty & Personal Care>Skincare>Toners"),
            ("Rice Cooker 1.8L", "Household Appliances>Kitchen Appliances>Rice & Pressure Cookers"),
            ("Sol de Janeiro Brazilian Bum Bum Cream 240ml", "Beauty & Personal Care>Bath & Body Care>Body Creams & Lotions"),
            ("Press On Nails Medium Almond French Tip", "Beauty & Personal Care>Hand, Foot & Nail Care>Nail Art & Nail Polish"),
            ("Dyson Airwrap Multi-Styler Complete Long", "Beauty & Personal Care>Personal Care Appliances>Curlers & Straighteners"),
            ("ZO Skin Health Daily Power Defense 50ml", "Beauty & Personal Care>Skincare>Serums & Essences"),
            ("Lavender Sleep Spray 100ml", "Home Supplies>Home Care Supplies>Home Fragrance"),
            ("Weekly Pill Box 7 Day", "Home Supplies>Home Organizers>Storage Boxes & Bins"),
            ("Magazine Rack Wall Mounted", "Home Supplies>Home Organizers>Storage Holders & Racks"),
        ])
        Self.expectNoCategory(["Melatonin Sleep Spray 5mg", "Keto Diet Pills BHB Salts", "Hair Growth Vitamins for Women"])
    }

    /// A garment's cut ("Puff Sleeve", "Cowl Neck"), a school's uniform, a kitchen's holder of a
    /// food or drink and an appliance's fuel are details: the product is the garment, the holder,
    /// the appliance.
    @Test func aDetailOfTheProductIsNotTheProduct() {
        Self.expectPaths([
            ("Wrap Blouse Puff Sleeve", "Womenswear & Underwear>Women's Tops>Blouses & Shirts"),
            ("Cami Top Satin Cowl Neck", "Womenswear & Underwear>Women's Tops>Vest, Tank & Tube Tops"),
            ("Abaya Dress Open Front Black", "Muslim Fashion>Women's Islamic Clothing>Abayas"),
            ("Boys School Trousers Grey", "Kids' Fashion>Boys' Clothes>Bottoms"),
            ("Girls School Trousers", "Kids' Fashion>Girls' Clothes>Bottoms"),
            ("Balaclava Knitted Winter", "Fashion Accessories>Clothes Accessories>Hats"),
            ("Electric Heater Oil Filled Radiator 2000W", "Household Appliances>Home Appliances>Heaters"),
            ("WiFi Extender Booster 1200Mbps Dual Band", "Computers & Office Equipment>Network Components>Repeaters"),
            ("Pokemon Booster Pack", "Collections>Trading Cards & Accessories>Non Sports Trading Cards"),
            ("Olive Oil Dispenser Bottle 500ml", "Kitchenware>Kitchen Utensils & Gadgets>Oil Dispensers"),
            ("Gin Glasses Copa Set of 4", "Kitchenware>Drinkware>Glasses"),
            ("Ice Cream Maker 1.5L", "Household Appliances>Kitchen Appliances>Specialty Kitchen Appliances"),
            ("Dog Bandage Wrap Self Adhesive", "Pet Supplies>Dog & Cat Healthcare>Recovery Collars & Supports"),
            ("Non Stick Fry Pan 28cm", "Kitchenware>Cookware>Pans & Woks"),
        ])
        Self.expectNoCategory([
            "Swedish Candy Pick and Mix 500g", "Vanilla Ice Cream Tub 1L", "Extra Virgin Olive Oil 1L", "Elastic Bandage 3x5", "LW Crispy Fries",
            // A hospital supplier's tube and set are medical devices, not a lighting tube or a tool set.
            "Endotracheal Tube Fr 8", "IV Infusion Set 20 Drops",
        ])
    }

    /// A French store's export files its products under Shopify's French names ("Médias > Livres >
    /// Livres imprimés", "… > Chapeaux > Bonnets"): they are read through the French words.
    @Test func aLocalisedShopifyCategoryIsReadInItsLanguage() {
        let book = Self.decide("Romance, nuit d'été et crème glacée", category: .shopify(path: "Médias > Livres > Livres imprimés"))
        #expect(Self.path(book).hasPrefix("Books, Magazines & Audio>"), "\(book.candidates)")
        let beanie = Self.decide("Article", category: .shopify(path: "Vêtements et accessoires > Accessoires d’habillement > Chapeaux > Bonnets"))
        #expect(Self.path(beanie) == "Fashion Accessories>Clothes Accessories>Hats")
        for (path, expected) in [
            ("Bébés et tout-petits > Couches et accessoires de change > Couches", "Baby & Maternity>"),
            (
                "Animaux et articles pour animaux de compagnie > Articles pour animaux > Articles pour chiens > Colliers pour chiens",
                "Pet Supplies>Dog & Cat Accessories>Collars, Harnesses & Leads"
            ),
            (
                "Salud y belleza > Cuidado personal > Cuidado del cabello > Champús y acondicionadores",
                "Beauty & Personal Care>Hair Care & Styling>Shampoo & Conditioner"
            ),
            (
                "Gesundheit & Schönheit > Körperpflege > Kosmetik > Make-up > Lippen-Make-up > Lippenstifte",
                "Beauty & Personal Care>Makeup & Perfume>Lipstick & Lip Gloss"
            ),
        ] {
            let c = Self.decide("Article", category: .shopify(path: path))
            #expect(Self.path(c).hasPrefix(expected), "\(path) → \(Self.path(c))")
        }
    }

    @Test func genericOrContradictedMerchantCategoriesYieldToTheText() {
        let generic = Self.decide("Silver Necklace with Pendant", category: .shopify(path: "Uncategorized"))
        #expect(generic.source == .text)
        #expect(Self.path(generic).hasPrefix("Fashion Accessories>Costume Jewellery & Accessories"))
        let precise = Self.decide("Focus", category: .shopify(path: "Toys & Games > Games > Board Games"))
        #expect(precise.source == .merchant, "one vague word never overrides a precise merchant category")
        #expect(Self.path(precise) == "Toys & Hobbies>Games & Puzzles>Board Games")
    }

    @Test func clothesGoToTheBranchOfTheBuyerTheyName() {
        let chinos = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Pants > Chinos")
        let hoodies = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Clothing Tops > Hoodies")
        func decide(_ title: String, _ category: SourceCategory, _ attributes: [String: String] = [:]) -> String {
            Self.path(
                Self.mapper.classify(
                    CategoryClassifier.Input(title: title), source: category, attributes: attributes.merging(["brand": "B"]) { a, _ in a }))
        }
        #expect(decide("Men's Slim Fit Chinos", chinos) == "Menswear & Underwear>Men's Bottoms>Trousers")
        #expect(decide("Slim Fit Chinos", chinos) == "Womenswear & Underwear>Women's Bottoms>Trousers", "no buyer named: the map's leaf")
        #expect(decide("Boys' Zip Hoodie", hoodies) == "Kids' Fashion>Boys' Clothes>Tops")
        #expect(decide("Sudadera con capucha hombre", hoodies) == "Menswear & Underwear>Men's Tops>Hoodies & Jumpers")
        #expect(
            decide("Unisex Hoodie for Men and Women", hoodies) == "Womenswear & Underwear>Women's Tops>Hoodies & Jumpers",
            "a product for everyone stays where its category put it")
        #expect(decide("Zip Hoodie", hoodies, ["target_gender": "masculino"]) == "Menswear & Underwear>Men's Tops>Hoodies & Jumpers")
        #expect(
            decide("Zip Hoodie", hoodies, ["target_gender": "female", "age_group": "kids"]) == "Kids' Fashion>Girls' Clothes>Tops",
            "Google Shopping's gender and age group")
        #expect(
            decide("Men's Hoodie", hoodies, ["target_gender": "female"]) == "Menswear & Underwear>Men's Tops>Hoodies & Jumpers",
            "the product's own words come before a column")
        #expect(
            decide("Men's Leather Wallet", .shopify(path: "Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips"))
                .hasPrefix("Luggage & Bags>Men's Bags"))
        // A baby shop's dress sized in months is a baby's, whatever language names the months.
        let dresses = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Dresses")
        for sized in [["meses": "3-6M"], ["size": "6-12 months"], ["meses": "0-3"], ["talla": "12 meses"]] {
            #expect(decide("Vestido Manga Larga", dresses, sized) == "Baby & Maternity>Baby Clothing & Shoes>Dresses", "\(sized)")
        }
        #expect(decide("Baby Girl Party Dress", dresses) == "Baby & Maternity>Baby Clothing & Shoes>Dresses", "a baby girl is a baby")
        #expect(decide("Baby Pink Satin Dress", dresses).hasPrefix("Womenswear"), "baby pink is a colour")
        #expect(decide("Women's Dress", dresses, ["meses": "3-6M"]).hasPrefix("Womenswear"), "a grown-up named comes first")
        for sized in [["size": "M"], ["size": "3-6"], ["size": "38"], ["meses": "48"]] {
            #expect(decide("Vestido Manga Larga", dresses, sized).hasPrefix("Womenswear"), "\(sized) names no baby")
        }
    }

    @Test func aMerchantCategoryOrTheStoreNamesTheBuyerATitleDoesNot() {
        func decide(_ title: String, _ category: SourceCategory, buyer: Audience? = nil) -> String {
            Self.path(Self.mapper.classify(CategoryClassifier.Input(title: title), source: category, attributes: ["brand": "B"], buyer: buyer))
        }
        #expect(decide("Oxford Shirt", .woocommerce(path: "Mens > Shirts")).hasPrefix("Menswear & Underwear>Men's Tops"))
        #expect(decide("Merino Jumper", .woocommerce(path: "Clothing > Men's > Knitwear")).hasPrefix("Menswear & Underwear>Men's Tops"))
        #expect(decide("Oxford Shirt", .woocommerce(path: "Womens > Shirts")).hasPrefix("Womenswear & Underwear>Women's Tops"))
        #expect(
            decide("Women's Oxford Shirt", .woocommerce(path: "Mens > Shirts")).hasPrefix("Womenswear & Underwear"),
            "the product's own words come before its shelf")
        let chinos = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Pants > Chinos")
        #expect(decide("Slim Fit Chinos", chinos, buyer: .men) == "Menswear & Underwear>Men's Bottoms>Trousers", "the store's buyer")
        #expect(decide("Women's Slim Fit Chinos", chinos, buyer: .men) == "Womenswear & Underwear>Women's Bottoms>Trousers")
        #expect(
            decide("Unisex Chinos", chinos, buyer: .men) == "Womenswear & Underwear>Women's Bottoms>Trousers",
            "a product for everyone stays where its category put it")
        #expect(
            decide("Slim Fit Chinos", .woocommerce(path: "Women > Trousers"), buyer: .men).hasPrefix("Womenswear & Underwear"),
            "a shelf naming the buyer comes before the store's")
    }

    /// Candidates whose scores tie (a puffer jacket is as much a women's as a baby's jacket by
    /// its words) rank the same every time: a dictionary's order differs between instances and
    /// runs, and a sum taken in its order can differ in the last bit.
    @Test func tiedCandidatesRankTheSameEveryTime() {
        let input = CategoryClassifier.Input(title: "Men's Puffer Jacket", productType: "Jackets", tags: ["mens", "outerwear"])
        let classifier = Self.mapper.classifier
        let first = classifier.classify(input, limit: 8).map(\.id)
        var differed = 0
        for _ in 0..<300 where classifier.classify(input, limit: 8).map(\.id) != first { differed += 1 }
        #expect(differed == 0, "\(differed) of 300 rankings differed from the first")
    }

    @Test func aStoresBuyerIsTheOneMostOfItsNamingGarmentsName() {
        func doc(_ title: String, _ category: SourceCategory = .none) -> [CatalogItem] {
            [
                CatalogItem(
                    sku: title, productID: title, title: title, descriptionHTML: "", tags: [], category: category, attributes: [:],
                    price: Money(minorUnits: 100, currency: "GBP"), inventory: [:], imageCount: 1)
            ]
        }
        let buyer = Self.mapper.storeBuyer
        let plain = ["Oxford Shirt", "Cargo Trousers", "Wool Overcoat", "Pique Polo"].map { doc($0) }
        let mens = ["Men's Denim Jacket", "Men's Swim Shorts", "Mens Crew Socks"].map { doc($0) }
        #expect(buyer(plain + mens) == .men)
        #expect(buyer(plain + mens.prefix(2)) == nil, "two products naming a buyer are too few to speak for a store")
        #expect(buyer(plain + mens + [doc("Women's Wrap Dress")]) == .men, "three of four is the share")
        #expect(buyer(plain + mens + [doc("Women's Wrap Dress"), doc("Ladies Blouse")]) == nil, "a shop for both has none")
        #expect(buyer(plain + mens.prefix(2) + [doc("Jumper", .woocommerce(path: "Mens > Knitwear"))]) == .men, "a shelf names one too")
        #expect(buyer(plain + mens + [doc("Unisex Hoodie"), doc("Hoodie for Men and Women")]) == .men, "unisex names no one")
        #expect(buyer(plain) == nil)
        let kids = ["Kids' Rain Jacket", "Girls' Party Dress", "Toddler Dungarees", "Boys' Cargo Shorts"].map { doc($0) }
        #expect(buyer(plain + kids) == .girls, "a kids' shop naming boys and girls alike: girls' branch has every garment")
        let boys = ["Boys' Rain Jacket", "Boys' Chinos", "Boys' Polo Shirt", "Kids' Hoodie"].map { doc($0) }
        #expect(buyer(plain + boys) == .boys)
        let gadgets = ["Kids' Toothbrush", "Remote Control Car for Kids", "Children's Magic Cube", "Men's Electric Shaver"].map { doc($0) }
        #expect(buyer(plain + gadgets) == nil, "a toothbrush or a toy for kids names no buyer of garments")
        // A baby shop: its titles say "Bebé" or "Newborn", or its merchant nodes are babies' clothes
        // whatever language the title is in ("Paquete de 5 Bodies").
        let babyNode = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby & Toddler Tops > Bodysuits")
        let babies = [
            doc("Conjunto de Suéter de Rayas para Bebé"), doc("Newborn Knitted Cardigan"), doc("Paquete de 5 Bodies", babyNode),
            doc("Paquete de 10 Bodies Cruzados", babyNode),
        ]
        #expect(buyer(plain + babies) == .babies)
        #expect(buyer(plain + babies + kids) == .girls, "a shop for babies and older children alike is a kids' shop")
        let colours = ["Baby Pink Wrap Dress", "Baby Blue Blouse", "Baby Tee White"].map { doc($0) }
        #expect(buyer(plain + colours + mens) == .men, "baby pink, baby blue and a baby tee name no baby")
    }

    @Test func aKidsGarmentGoesToAChildsBranch() {
        func decide(_ title: String, buyer: Audience? = nil) -> String {
            Self.path(Self.mapper.classify(CategoryClassifier.Input(title: title), source: .none, attributes: ["brand": "B"], buyer: buyer))
        }
        #expect(decide("Kids Knitted Cardigan").hasPrefix("Kids' Fashion>Girls' Clothes"), "a child of either sex: girls' branch")
        #expect(decide("Kids Knitted Cardigan", buyer: .boys).hasPrefix("Kids' Fashion>Boys' Clothes"), "a boys' shop's")
        #expect(decide("Kids Knitted Cardigan", buyer: .men).hasPrefix("Kids' Fashion>Boys' Clothes"), "a menswear shop's child is a boy")
        #expect(decide("Children's Dungarees").hasPrefix("Kids' Fashion>"))
        #expect(decide("Boys' Cargo Shorts") == "Kids' Fashion>Boys' Clothes>Bottoms")
        #expect(decide("Rainbow Knitted Cardigan", buyer: .girls).hasPrefix("Kids' Fashion>Girls' Clothes"), "a kids' shop's unnamed garment")
        #expect(decide("Rainbow Knitted Cardigan").hasPrefix("Womenswear & Underwear"), "no buyer anywhere: the word's own leaf")
        #expect(decide("Kids Long Sleeve Top").hasPrefix("Kids' Fashion>"), "a child's top is a garment, not a spinning top")
        #expect(decide("Wooden Spinning Top") == "Toys & Hobbies>Classic & Novelty Toys>Spinning Tops")
        #expect(decide("Beyblade Burst Top") == "Toys & Hobbies>Classic & Novelty Toys>Spinning Tops")
        #expect(decide("Kids Sun Hat") == "Kids' Fashion>Kids' Fashion Accessories>Kids' Hats", "a child's accessory has its own section")
        #expect(decide("Girls Hair Clips Set") == "Kids' Fashion>Kids' Fashion Accessories>Hair Accessories")
        #expect(decide("Sun Hat", buyer: .girls) == "Kids' Fashion>Kids' Fashion Accessories>Kids' Hats", "a kids' shop's unnamed hat")
        #expect(decide("Ruffle Cotton Dress", buyer: .babies) == "Baby & Maternity>Baby Clothing & Shoes>Dresses", "a baby shop's unnamed dress")
        #expect(decide("Striped Leggings", buyer: .babies) == "Baby & Maternity>Baby Clothing & Shoes>Bottoms")
        #expect(decide("Women's Ruffle Dress", buyer: .babies).hasPrefix("Womenswear"), "a grown-up named in a baby shop")
        #expect(decide("Baseball Cap", buyer: .men) == "Fashion Accessories>Clothes Accessories>Hats", "a grown-up's accessory is anyone's")
    }

    @Test func anApparelStoresTitlesWithoutACategoryReachTheBuyersLeaf() {
        let expected: [(String, String)] = [
            ("Men's Slim Fit Stretch Chinos Navy", "Menswear & Underwear>Men's Bottoms>Trousers"),
            ("Corduroy Shacket Brown", "Womenswear & Underwear>Women's Tops>Jackets & Coats"),
            ("Baby Sleepsuit 3 Pack 0-3 Months", "Baby & Maternity>Baby Clothing & Shoes>Sleepwear"),
            ("Bamboo Socks 5 Pack Mens", "Menswear & Underwear>Men's Underwear>Socks"),
            ("Ankle Socks 6 Pack", "Womenswear & Underwear>Women's Underwear>Socks"),
            ("Compression Socks Running", "Sports & Outdoor>Sports & Outdoor Accessories>Sports Socks"),
            ("Nappy Cream", "Baby & Maternity>Baby Care & Health>Baby Skincare"),
            ("Nipple Cream", "Baby & Maternity>Maternity Supplies>Maternity Skincare"),
            ("Hair Cream", "Beauty & Personal Care>Hair Care & Styling>Mousse & Gel"),
            ("Ice Cream Scoop", "Kitchenware>Kitchen Utensils & Gadgets>Ice Cream Utensils"),
        ]
        for (title, path) in expected {
            #expect(Self.path(Self.decide(title)) == path, "\(title)")
        }
        // A colour after a garment is the colour; the same word after a product it names stays the product.
        #expect(Self.path(Self.decide("Crew Neck Jumper Cream")).hasSuffix("Tops>Hoodies & Jumpers"))
        #expect(Self.path(Self.decide("Hand Cream")) == "Beauty & Personal Care>Hand, Foot & Nail Care>Hand Lotions, Creams & Scrubs")
        #expect(Self.path(Self.decide("Gym Chalk")) == "Sports & Outdoor>Sports & Outdoor Accessories>Hand Chalk")
        guard case .noCategory = Self.decide("Vanilla Ice Cream 500ml").result else {
            Issue.record("ice cream is food: \(Self.decide("Vanilla Ice Cream 500ml").result)")
            return
        }
    }

    @Test func aMerchantDepartmentIsNarrowedWithinItsTopLevelOnly() {
        let phoneAccessories = SourceCategory.shopify(path: "Electronics > Communications > Telephony > Mobile & Smart Phone Accessories")
        let holder = Self.decide("Magnetic Car Phone Holder", category: phoneAccessories)
        #expect(holder.source == .text && Self.path(holder) == "Phones & Electronics>Phone Accessories>Phone Holders & Mounts")
        let shockproof = Self.decide("Shockproof Case for iPhone 15", category: phoneAccessories)
        #expect(Self.path(shockproof) == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers")
        let bubbles = Self.decide("Musical Bubble Gun", category: .shopify(path: "Toys & Games > Toys > Activity Toys > Bubble Blowing Toys"))
        #expect(
            bubbles.source == .merchant && Self.path(bubbles) == "Toys & Hobbies>Sports & Outdoor Play>Bubbles",
            "a department whose leaf names the same thing as the merchant's node is not second-guessed")
        let serving = Self.decide("Leaf Shaped Serving Bowl", category: .shopify(path: "Home & Garden > Kitchen & Dining > Tableware > Serveware Accessories"))
        #expect(Self.path(serving) == "Kitchenware>Cutlery & Tableware>Bowls")
        let charger = Self.decide("Magnetic Phone Holder Charger", category: .shopify(path: "Toys & Games > Toys > Activity Toys"))
        #expect(Self.path(charger).hasPrefix("Toys & Hobbies"), "never to another top level: \(Self.path(charger))")
        // Another branch of the same top level only when the title's head names its leaf and not the guess.
        let onePieces = SourceCategory.shopify(path: "Apparel & Accessories > Clothing > One-Pieces")
        #expect(Self.path(Self.decide("The Daydream Midi Dress", category: onePieces)) == "Womenswear & Underwear>Women's Dresses>Casual Dresses")
        #expect(Self.path(Self.decide("Denim Jumpsuit", category: onePieces)) == "Womenswear & Underwear>Women's Suits & Overalls>Overalls")
    }

    @Test func aTopIsAGarmentAndPatternsAndMaterialsDecideNothing() {
        #expect(Self.path(Self.decide("Floral White Top")).hasPrefix("Womenswear & Underwear>Women's Tops"))
        #expect(Self.path(Self.decide("Silk Summer Top")).hasPrefix("Womenswear & Underwear>Women's Tops"))
        #expect(Self.path(Self.decide("Women's Seamless Sports Top")).hasPrefix("Sports & Outdoor>Sport & Outdoor Clothing"))
        #expect(Self.path(Self.decide("Top Quality Shockproof Phone Case")) == "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers")
    }

    @Test func anElectronicsStoresEverydayWordsReachTheirLeaf() {
        let expected: [(String, String)] = [
            ("Xbox Wireless Controller Carbon Black", "Phones & Electronics>Gaming & Consoles>Console Accessories"),
            ("WiFi 6 Router Dual Band AX3000", "Computers & Office Equipment>Network Components>Modems & Wireless Routers"),
            ("7-in-1 USB C Hub Multiport Adapter", "Computers & Office Equipment>Peripherals & Accessories>USB Hubs & Card Readers"),
            ("DDR4 RAM 16GB 3200MHz Desktop Memory", "Computers & Office Equipment>Desktop & Laptop Components>RAM"),
            ("Walkie Talkies Long Range 2 Pack", "Phones & Electronics>Audio & Video>Walkie Talkies"),
            ("Surge Protector Extension Lead 4 Way", "Home Improvement>Electrical Equipment & Supplies>Electrical Sockets & Accessories"),
            ("Silicone Strap for Apple Watch 41mm", "Phones & Electronics>Smart & Wearable Devices>Wearable Accessories"),
            ("Leather Watch Strap 20mm", "Fashion Accessories>Watches & Accessories>Watch Accessories"),
            ("Sticker for iPhone 12", "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers"),
            ("Matte Skin for MacBook Air", "Computers & Office Equipment>Peripherals & Accessories>Laptop Covers & Cases"),
            ("Hard Shell Case for MacBook Air 13", "Computers & Office Equipment>Peripherals & Accessories>Laptop Covers & Cases"),
            ("iPad Air 5 Case", "Phones & Electronics>Tablet & Computer Accessories>Tablet Covers & Cases"),
            ("Gimbal Stabilizer for Smartphone", "Phones & Electronics>Phone Accessories>Selfie Accessories"),
            ("VR Headset for Phone", "Phones & Electronics>Smart & Wearable Devices>VR Devices"),
            ("MagSafe Charging Stand 3-in-1", "Phones & Electronics>Phone Accessories>Cables, Chargers & Adapters"),
            ("SanDisk Extreme microSDXC 256GB", "Computers & Office Equipment>Data Storage & Software>Flash Drives & OTG Cables"),
            ("Security Indoor Cam 2K Pan & Tilt", "Phones & Electronics>Cameras & Photography>Security Cameras & Systems"),
            ("Elgato Stream Deck MK.2", "Computers & Office Equipment>Peripherals & Accessories>Keyboards & Mice"),
            ("Arduino Uno R3 Starter Kit", "Toys & Hobbies>Educational Toys>Science & Technology Toys"),
            ("Streaming Stick 4K with Remote", "Phones & Electronics>Phone Accessories>Casting Devices"),
            ("Forerunner 265 GPS Running Watch", "Phones & Electronics>Smart & Wearable Devices>Smart Watches"),
            ("Monitor Arm Single Gas Spring", "Computers & Office Equipment>Peripherals & Accessories>Laptop Stands & Trays"),
            ("Gaming Chair Racing Style", "Furniture>Indoor Furniture>Chairs"),
            ("Keycap Set PBT Cherry Profile", "Computers & Office Equipment>Peripherals & Accessories>Keyboards & Mice"),
            ("FPS Freek Thumbsticks", "Phones & Electronics>Gaming & Consoles>Console Accessories"),
            ("Capture Card 4K60", "Phones & Electronics>Audio & Video>Audio & Video Accessories"),
        ]
        for (title, path) in expected {
            #expect(Self.path(Self.decide(title)) == path, "\(title)")
        }
        #expect(Self.path(Self.decide("Vinyl Wall Sticker Decal")).hasPrefix("Home Supplies>Home Decor"), "a wall sticker names no device")
    }

    @Test func beautyAndApparelStoresEverydayWordsReachTheirLeaf() {
        let expected: [(String, String)] = [
            ("Curling Wand 25mm", "Beauty & Personal Care>Personal Care Appliances>Curlers & Straighteners"),
            ("Concealer Stick Medium", "Beauty & Personal Care>Makeup & Perfume>Concealer & Foundation"),
            ("Cotton Pads Reusable Bamboo", "Beauty & Personal Care>Makeup & Perfume>Makeup Tools"),
            ("Lash Glue Clear", "Beauty & Personal Care>Makeup & Perfume>False Eyelashes & Adhesives"),
            ("Self Tanning Mousse Dark", "Beauty & Personal Care>Skincare>Tanning Oils & Self Tanners"),
            ("Acne Pimple Patches 36 Dots", "Beauty & Personal Care>Skincare>Acne Treatments"),
            ("Hair Removal Wax Strips", "Beauty & Personal Care>Bath & Body Care>Hair Removal Cream, Wax & Shave"),
            ("Lip Liner Pencil Brown", "Beauty & Personal Care>Makeup & Perfume>Eyeliner & Lipliner"),
            ("Derma Stamp 0.5mm", "Beauty & Personal Care>Skincare>Skincare Tools"),
            ("Lip Oil Glossy Tinted", "Beauty & Personal Care>Skincare>Lip Treatments"),
            ("Hair Wax Stick Flyaway", "Beauty & Personal Care>Hair Care & Styling>Mousse & Gel"),
            ("Lens Cleaning Pen", "Phones & Electronics>Cameras & Photography>Camera Care"),
            ("Hair Growth Serum with Rosemary", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments/Scalp Treatments"),
            ("Vitamin C Brightening Cream 50ml", "Beauty & Personal Care>Skincare>Moisturisers & Mists"),
            ("Scarlet & Violet Booster Pack", "Collections>Trading Cards & Accessories>Non Sports Trading Cards"),
            ("Beauty Blender Original Pink", "Beauty & Personal Care>Makeup & Perfume>Makeup Tools"),
            ("Real Techniques Sponge Duo", "Beauty & Personal Care>Makeup & Perfume>Makeup Tools"),
            ("Lip Sleeping Mask Berry", "Beauty & Personal Care>Skincare>Lip Treatments"),
            ("Olaplex No.3 Hair Perfector", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments/Scalp Treatments"),
            ("Label Maker Bluetooth", "Computers & Office Equipment>Office Equipment>Label Printers"),
            ("AirTag Holder Keyring", "Fashion Accessories>Costume Jewellery & Accessories>Key Chains"),
            ("Football Size 5", "Sports & Outdoor>Ball Sports Equipment>Football"),
            ("England Football Shirt 2024", "Sports & Outdoor>Sport & Outdoor Clothing>Jerseys"),
            ("American Football Helmet", "Sports & Outdoor>Ball Sports Equipment>American Football"),
            ("Denim Jacket Vintage Wash", "Womenswear & Underwear>Women's Tops>Jackets & Coats"),
            ("Linen Shirt Men Short Sleeve", "Menswear & Underwear>Men's Tops>Shirts"),
            ("Men's Chelsea Boots Leather", "Shoes>Men's Shoes>Boots"),
            ("Cotton Boxer Briefs 3 Pack", "Menswear & Underwear>Men's Underwear>Underwear"),
            ("Blazer Women Tailored", "Womenswear & Underwear>Women's Suits & Overalls>Suits"),
            ("Wireless Charging Pad 15W Qi Certified", "Phones & Electronics>Phone Accessories>Cables, Chargers & Adapters"),
            ("Glue Gun with 20 Glue Sticks", "Tools & Hardware>Hardware>Adhesives, Tapes & Sealers"),
            ("Massage Gun Deep Tissue Percussion", "Beauty & Personal Care>Personal Care Appliances>Massage Devices"),
            ("Elden Ring PS5 Game Disc", "Phones & Electronics>Gaming & Consoles>Video Games"),
            ("Steam Deck Carry Case", "Phones & Electronics>Gaming & Consoles>Console Accessories"),
            ("Satin Pyjama Set Champagne", "Womenswear & Underwear>Women's Sleepwear & Loungewear>Pyjamas"),
            ("Mens Pyjama Set", "Menswear & Underwear>Men's Sleepwear & Loungewear>Pyjamas"),
            ("Camping Lantern Rechargeable", "Sports & Outdoor>Camping & Hiking Equipment>Camping Lighting"),
            ("Self Adhesive Wall Hooks Heavy Duty Waterproof Hanging Hooks for Kitchen Bathroom 10 Pack", "Home Supplies>Home Organizers>Hooks & Rails"),
            ("Fairy Lights 10m Warm White", "Home Improvement>Lights & Lighting>Novelty Lighting"),
            ("Floating Wall Shelf Oak", "Furniture>Indoor Furniture>Shelves & Racks"),
            ("Men's Overshirt Check", "Menswear & Underwear>Men's Tops>Shirts"),
            ("Linen Co-ord Set Terracotta", "Womenswear & Underwear>Women's Suits & Overalls>Sets"),
            ("WiFi 6 Mesh System 3 Pack", "Computers & Office Equipment>Network Components>Modems & Wireless Routers"),
            ("Mobile Signal Booster", "Computers & Office Equipment>Network Components>Repeaters"),
        ]
        for (title, path) in expected {
            #expect(Self.path(Self.decide(title)) == path, "\(title)")
        }
        if case .noCategory = Self.decide("Biotin Hair Skin Nails Gummies").result {
        } else {
            Issue.record("biotin gummies are a supplement, not nail polish")
        }
        #expect(Self.path(Self.decide("Curling Stone Handle")).hasPrefix("Sports & Outdoor"), "the sport keeps its stones")
    }

    @Test func aFormWordAfterTheProductDoesNotNameIt() {
        let expected: [(String, String)] = [
            ("Deodorant Stick Aluminium Free", "Beauty & Personal Care>Bath & Body Care>Deodorants & Antiperspirants"),
            ("Blush Stick Peach", "Beauty & Personal Care>Makeup & Perfume>Blusher"),
            ("Bamboo Toothbrush Charcoal", "Beauty & Personal Care>Nasal & Oral Care>Toothbrushes"),
            ("Heat Protection Spray", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments/Scalp Treatments"),
            ("Men's Shave Gel", "Beauty & Personal Care>Men's Care>Shaving Foam & Aftershave"),
            ("Cast Iron Kettlebell 16kg", "Sports & Outdoor>Fitness Equipment>Weight Training"),
            ("Joggers Fleece Black", "Sports & Outdoor>Sport & Outdoor Clothing>Joggers"),
            ("Reed Diffuser Fig", "Home Supplies>Home Care Supplies>Home Fragrance"),
            ("Facial Steamer", "Beauty & Personal Care>Personal Care Appliances>Facial Beauty Devices"),
            ("Handyhülle für iPhone 15", "Phones & Electronics>Phone Accessories>Cases, Screen Protectors & Stickers"),
        ]
        for (title, path) in expected {
            #expect(Self.path(Self.decide(title)) == path, "\(title)")
        }
        #expect(
            Self.path(Self.decide("Selfie Stick Tripod Bluetooth")) == "Phones & Electronics>Phone Accessories>Selfie Accessories",
            "a pair the tree names keeps its form word")
        for title in ["Chef's Knife 8 inch", "Electrolyte Drink Tablets", "Minoxidil 5% Solution"] {
            if case .noCategory = Self.decide(title).result {
            } else {
                Issue.record("\(title) has no TikTok Shop UK category")
            }
        }
    }

    @Test func aGroceryStoresFoodHasNoCategoryAndItsToolsDo() {
        for title in [
            "Gluten Free Pasta Fusilli", "Dried Mango Slices 200g", "Sourdough Starter Kit", "Matcha Powder Ceremonial Grade 30g",
            "Truffle Oil 100ml", "Popcorn Kernels 2kg", "Oats Instant 2kg", "Salted Caramel Chocolate Bar 100g", "Biscuit Tin Selection 500g",
            "Smoked Paprika 50g Tin", "Ground Cumin 100g", "Turmeric Powder 250g", "Sea Salt Flakes 250g", "Saffron Threads 1g",
            "Cinnamon Sticks 50g", "Basmati Rice 5kg", "Chilli Oil Crunch 200g", "Turkish Delight Rose", "Chai Latte Powder",
            "Bio Kaffeebohnen 1kg", "Grüner Tee lose 100g", "Café en grains 1kg", "Café molido 250g", "Café em grão 1kg",
        ] {
            guard case .noCategory = Self.decide(title).result else {
                Issue.record("\(title) is food: \(Self.decide(title).result)")
                continue
            }
        }
        for title in [
            "BCAA Powder Watermelon", "Lions Mane Mushroom Powder", "Glucosamine Chondroitin Tablets", "Cod Liver Oil Liquid 250ml",
            "Folic Acid 400mcg Pregnancy", "Mass Gainer Strawberry 5kg", "Melatonin Free Sleep Support Capsules",
            "Immune Booster Shot 60ml", "Keto Fat Burner Capsules", "Sea Moss Gel Wildcrafted", "Iron Bisglycinate 14mg", "Shilajit Resin Pure Himalayan",
            "Colostrum Powder Grass Fed",
        ] {
            guard case .noCategory = Self.decide(title).result else {
                Issue.record("\(title) is a supplement: \(Self.decide(title).result)")
                continue
            }
        }
        #expect(Self.path(Self.decide("Steam Iron 2400W")) == "Household Appliances>Home Appliances>Irons")
        #expect(Self.path(Self.decide("Alcohol Prep Pads 200")) == "Health>Medical Supplies>Disinfectant Wipes")
        #expect(Self.path(Self.decide("Mango Wood Serving Board")) == "Kitchenware>Kitchen Knives>Chopping Boards")
        #expect(Self.path(Self.decide("Pasta Maker Machine")).hasPrefix("Household Appliances>Kitchen Appliances"))
        for (title, path) in [
            ("Tea Infuser Stainless Steel", "Kitchenware>Tea & Coffeeware>Tea-Making Tools"),
            ("Cafetiere 8 Cup", "Kitchenware>Tea & Coffeeware>Coffee-Making Tools"),
            ("Kitchen Scale Digital", "Kitchenware>Kitchen Utensils & Gadgets>Measuring Utensils"),
            ("Protein Cookbook", "Books, Magazines & Audio>Lifestyle & Hobbies>Recipes & Cooking"),
            ("Honey Dipper Wooden", "Kitchenware>Kitchen Utensils & Gadgets>Other"),
            ("Reusable Water Bottle 1L Time Marker", "Kitchenware>Drinkware>Water Bottles"),
            ("Himalayan Pink Salt Grinder", "Kitchenware>Kitchen Utensils & Gadgets>Seasoning Utensils"),
            ("Matcha Whisk Bamboo Chasen", "Kitchenware>Tea & Coffeeware>Tea-Making Tools"),
            ("Sponge Cake Tin 20cm", "Kitchenware>Bakeware>Baking Tins & Moulds"),
            ("Knee Sleeves 7mm Pair", "Sports & Outdoor>Sports & Outdoor Accessories>Sports Sleeves & Support"),
            ("First Aid Kit 100 Pieces", "Home Improvement>Security & Safety>Emergency Kits"),
            ("Rice Cooker 1.8L", "Household Appliances>Kitchen Appliances>Rice & Pressure Cookers"),
            ("Texturising Sea Salt Spray 200ml", "Beauty & Personal Care>Hair Care & Styling>Mousse & Gel"),
            ("Cinnamon Candle", "Home Supplies>Home Decor>Candles"),
        ] {
            #expect(Self.path(Self.decide(title)) == path, "\(title) is a tool of the kitchen, not food")
        }
    }

    @Test func koreanSkincareIsNamedByTextureAndStep() {
        Self.expectPaths([
            ("Aestura Atobarrier 365 Cream 80ml", "Beauty & Personal Care>Skincare>Moisturisers & Mists"),
            ("Skin1004 Madagascar Centella Ampoule 100ml", "Beauty & Personal Care>Skincare>Serums & Essences"),
            ("Medicube Zero Pore Pad 2.0 70 pads", "Beauty & Personal Care>Skincare>Toners"),
            ("Rom&nd Juicy Lasting Tint 5.5g", "Beauty & Personal Care>Makeup & Perfume>Lipstick & Lip Gloss"),
            ("Peripera Ink Velvet Lip Tint", "Beauty & Personal Care>Makeup & Perfume>Lipstick & Lip Gloss"),
            ("Tirtir Mask Fit Red Cushion 18g", "Beauty & Personal Care>Makeup & Perfume>Concealer & Foundation"),
            ("Ma:nyo Pure Cleansing Oil 200ml", "Beauty & Personal Care>Skincare>Facial Cleansers"),
            ("Innisfree Volcanic Pore Cleansing Foam 150g", "Beauty & Personal Care>Skincare>Facial Cleansers"),
            ("AHC Ultimate Real Eye Cream for Face 30ml", "Beauty & Personal Care>Skincare>Eye Treatments"),
            ("Holika Holika Aloe 99% Soothing Gel 250ml", "Beauty & Personal Care>Skincare>Moisturisers & Mists"),
            ("Laneige Lip Sleeping Mask Berry 20g", "Beauty & Personal Care>Skincare>Lip Treatments"),
        ])
        #expect(Self.path(Self.decide("Velvet Cushion Cover 45x45")) == "Textiles & Soft Furnishings>Household Textiles>Pad, Cushions and Covers")
        #expect(Self.path(Self.decide("Hand Cream Shea Butter 75ml")) == "Beauty & Personal Care>Hand, Foot & Nail Care>Hand Lotions, Creams & Scrubs")
    }

    @Test func aSportsNutritionShopsPowdersAndPillsAreSupplements() {
        for title in [
            "Casein Protein Slow Release 908g", "Zinc Picolinate 50mg Tablets", "Magnesium Glycinate 120 Capsules",
            "Beetroot Powder Nitric Oxide Booster", "Whey Protein Isolate 1kg Chocolate",
        ] {
            let c = Self.decide(title)
            guard case .noCategory(let reason) = c.result else {
                Issue.record("\(title) → \(Self.path(c)) \(c.result)")
                continue
            }
            #expect(reason.contains("supplements"), "\(title): \(reason)")
        }
        #expect(Self.path(Self.decide("Protein Shaker Bottle 700ml")).hasPrefix("Kitchenware>Drinkware"))
        #expect(Self.path(Self.decide("Protein Hair Mask 250ml")).hasPrefix("Beauty & Personal Care>Hair Care"))
    }

    @Test func streetwearTitlesNameTheGarmentNotItsDetail() {
        Self.expectPaths([
            ("Relaxed Fit Sweatpants Heather Grey", "Sports & Outdoor>Sport & Outdoor Clothing>Joggers"),
            ("Baby Tee Cropped White", "Womenswear & Underwear>Women's Tops>T-shirts"),
            ("Matching Fleece Set Grey", "Sports & Outdoor>Sport & Outdoor Clothing>Tracksuits"),
            ("Windbreaker Anorak Half Zip", "Womenswear & Underwear>Women's Tops>Jackets & Coats"),
            ("Rugby Shirt Striped", "Menswear & Underwear>Men's Tops>Shirts"),
            ("Men's Puffer Vest", "Menswear & Underwear>Men's Tops>Waistcoats & Gilets"),
            ("Corset Top Black", "Womenswear & Underwear>Women's Tops>Vest, Tank & Tube Tops"),
            ("Anker PowerCore 10000 Portable Charger", "Phones & Electronics>Universal Accessories>Power Banks"),
        ])
        #expect(Self.path(Self.decide("Golf Tees 70mm Bamboo 100 Pack")) == "Sports & Outdoor>Ball Sports Equipment>Golf", "a golf tee is not a T-shirt")
    }

    @Test func aClinicsSkincareIsReadByItsActiveAndADepartmentKeepsItsTopLevel() {
        let care = SourceCategory.shopify(path: "Health & Beauty > Personal Care")
        #expect(Self.path(Self.decide("SkinCeuticals C E Ferulic 30ml", category: care)) == "Beauty & Personal Care>Skincare>Serums & Essences")
        #expect(Self.path(Self.decide("Medik8 Crystal Retinal 6", category: care)) == "Beauty & Personal Care>Skincare>Serums & Essences")
        #expect(Self.path(Self.decide("Heliocare 360 Gel Oil-Free SPF50", category: care)).hasSuffix("Sunscreen & Sun Care"))
        #expect(Self.path(Self.decide("Dermalogica Daily Microfoliant", category: care)) == "Beauty & Personal Care>Skincare>Face Scrubs & Peels")
        #expect(
            Self.path(Self.decide("Obagi Nu-Derm Clear Fx 57g", category: care)).hasPrefix("Beauty & Personal Care"),
            "weak words in another top level do not take a product out of its merchant's department")
        for (title, leaf) in [
            ("Azelaic Acid 10% Booster 30ml", "Serums & Essences"), ("Cleansing Balm 100ml", "Facial Cleansers"),
            ("Ice Globes for Face (Pair)", "Skincare Tools"), ("Lip Balm SPF15", "Lip Treatments"),
        ] {
            #expect(Self.path(Self.decide(title)) == "Beauty & Personal Care>Skincare>" + leaf, "\(title)")
        }
        #expect(
            Self.path(Self.decide("Pokemon Scarlet Violet Booster Pack")).hasPrefix("Collections>Trading Cards"),
            "a booster without a skincare word is still a trading-card booster")
        guard case .notEligible = Self.decide("Cryotherapy Facial", category: care).result else {
            Issue.record("a named facial on a clinic's menu is a treatment")
            return
        }
    }

    @Test func amazonProductTypesThatNameNoLeafDecideOrLetTheWordsContest() {
        let chocolate = Self.decide("Lindt Excellence 85% Dark Chocolate 100g", category: .amazon(productType: "GROCERY"))
        #expect(chocolate.result.kind == .noCategory, "GROCERY's words name a toy shop; the text is sure it is food: \(Self.path(chocolate))")
        #expect(Self.decide("Whey Protein 2kg", category: .amazon(productType: "PROTEIN_SUPPLEMENT_POWDER")).result.kind == .noCategory)
        #expect(Self.decide("Microsoft Office Home 2021 Key", category: .amazon(productType: "SOFTWARE")).result.kind == .notEligible)
        #expect(Self.decide("Microsoft Office Home 2021 Key").result.kind == .notEligible, "the title alone names the licence")
        #expect(Self.decide("Office Chair Home 2021 Edition").result.kind == .mapped)
        #expect(Self.decide("Logo Embroidered Cap", body: "Your proof is emailed within 24 hours of ordering.").result.kind == .mapped)
        #expect(Self.decide("Chef Knife 8 inch", category: .amazon(productType: "KNIFE")).result.kind == .noCategory, "a kitchen knife has no leaf")
        #expect(Self.decide("AppleCare+ for iPhone (2 years)", category: .woocommerce(path: "Warranties")).result.kind == .notEligible)
        let charger = Self.decide("PS5 Controller Charging Station", category: .woocommerce(path: "Gaming > Accessories"))
        #expect(!Self.path(charger).hasPrefix("Fashion Accessories"), "a shelf called Accessories is not fashion: \(Self.path(charger))")
    }

    @Test func aTeaShopsToolsAreKitchenwareAndItsTeaStaysFood() {
        for (title, type, path) in [
            ("Tea Infuser Stainless Steel", "Tea Accessories", "Kitchenware>Tea & Coffeeware>Tea-Making Tools"),
            ("Honey Dipper Olive Wood", "Kitchen", "Kitchenware>Kitchen Utensils & Gadgets>Other"),
            ("Glass Teapot with Infuser", "Tea", "Kitchenware>Tea & Coffeeware>Teapots"),
            ("Coffee Scoop", "", "Kitchenware>Tea & Coffeeware>Coffee-Making Tools"),
        ] {
            #expect(Self.path(Self.decide(title, type: type)).trimmingCharacters(in: .whitespaces) == path, "\(title)")
        }
        for (title, body) in [
            ("Loose Leaf Green Tea 100g", "Brew in a teapot or infuser for 3 minutes."), ("Acacia Honey 250g", "Drizzle with a wooden honey dipper."),
        ] {
            #expect(Self.decide(title, type: "Tea", body: body).result.kind == .noCategory, "\(title)")
        }
    }

    /// A supplement bundle named for a mood ("Age Glow Up!") says what it is in its description:
    /// two ingredient words there outweigh a title word that names something else weakly.
    @Test func aBundleNamedForAMoodIsWhatItsDescriptionLists() {
        let body = "<p>Four advanced wellness essentials for healthy ageing, featuring CoQ10, Ginkgo Biloba and Berberine.</p>"
        #expect(Self.decide("Age Glow Up!", body: body).result.kind == .noCategory, "\(Self.decide("Age Glow Up!", body: body).result)")
        #expect(Self.decide("Age Glow Up!").result.kind == .needsCategory, "'glow up' is slang for getting better: no product")
        #expect(Self.decide("Glow", body: body).result.kind == .noCategory, "two ingredient words outweigh a weak title word")
        #expect(Self.decide("Glow").result.kind == .mapped, "without the description the title's word decides")
        #expect(
            Self.decide("Glow", body: "<p>Featuring CoQ10 for everyday vitality.</p>").result.kind == .mapped,
            "one ingredient word is not enough")
        #expect(
            Self.path(Self.decide("Yoga Mat Non Slip 6mm", body: "<p>Keep your supplements, CoQ10 and ginkgo beside it.</p>"))
                .hasPrefix("Sports & Outdoor"), "a title that names its product is not overruled")
    }

    /// A meat wholesaler names the meat and its cut, and its frozen potatoes by their cut; none of
    /// them is a drying rack, breast care, a table leg, arts and crafts or a ring ("shoestring").
    @Test func aMeatAndItsCutIsFoodAndAStringIsNoRing() {
        for (title, type) in [
            ("New Zealand Lamb Rack (Marinated) With Rosemary", ""), ("Chicken Breast Fillets 1kg", ""), ("(Italian Mix) NZ Lamb Leg", "Lamb"),
            ("LW Shoestring cut", "Snack"), ("LW Crinkle cut", "Snack"), ("LW Spicy Wedges", "Snack"), ("LW Regular Cut", "Snack"),
        ] {
            let c = Self.decide(title, type: type)
            #expect(c.result.kind == .noCategory, "\(title) → \(Self.path(c)); \(c.candidates)")
        }
        #expect(Self.path(Self.decide("Gold Ohrring")).hasPrefix("Fashion Accessories"), "a German compound still names its ring")
        #expect(!Self.path(Self.decide("Drawstring Backpack")).contains("Rings"))
    }

    /// A cake shop names its cakes for their looks ("Royal Blush Tiara"); the cake, filed as Cake,
    /// is food, not a blusher, while what decorates or holds one is a product.
    @Test func aCakeNamedForItsLooksIsFood() {
        let c = Self.decide("The Royal Blush Tiara Cake", type: "Cake")
        #expect(c.result.kind == .noCategory, "→ \(Self.path(c)); \(c.candidates)")
        Self.expectPaths([
            ("Unicorn Cake Topper", "Home Supplies>Festive & Party Supplies>Cake Decorations"),
            ("Cookie Jar", "Home Supplies>Home Organizers>Storage Bottles & Jars"),
            ("Chocolate Chip Cookie Candle", "Home Supplies>Home Decor>Candles"),
        ])
    }

    /// A Japanese drugstore's titles: a mold remover is a cleaner, not a mosquito killer; body milk a
    /// lotion; a mascara remover removes make-up; a room fragrance scents a room, not a person.
    @Test func aDrugstoresCleanersAndBodyCareReachTheirLeaves() {
        Self.expectPaths([
            ("Kabi Killer Mold Remover 400g", "Home Supplies>Home Care Supplies>Household Cleaners"),
            ("Matsukiyo Body Milk Rose Scent 400ml", "Beauty & Personal Care>Bath & Body Care>Body Creams & Lotions"),
            ("KISSME Heroine Make Speedy Mascara Remover", "Beauty & Personal Care>Makeup & Perfume>Makeup Remover"),
            ("Premium Aroma, Simple Modern Urban Luxe, Room Fragrance 400ml", "Home Supplies>Home Care Supplies>Home Fragrance"),
            ("Silicone Cake Mold 6 Cavity", "Kitchenware>Bakeware>Baking Tins & Moulds"),
            ("Niacinamide 10% + Zinc 1%", "Beauty & Personal Care>Skincare>Serums & Essences"),
            ("Brazilian Hair Bundles Straight 3pcs", "Fashion Accessories>Hair Extensions & Wigs>Human Hair Extensions & Pieces"),
            ("Deep Wave Bundles 3pcs", "Fashion Accessories>Hair Extensions & Wigs>Human Hair Extensions & Pieces"),
        ])
        #expect(Self.decide("Zinc Tablets 25mg").result.kind == .noCategory, "zinc alone is still a supplement")
        // A French plant shop's terracotta and fiberstone pots (type "Pot") hold plants; a stock pot cooks.
        for (title, type) in [("Pot horticole Terre Naturelle", "Pot"), ("Cylindre Fiberstone Noir", "Pot")] {
            let c = Self.decide(title, type: type)
            #expect(Self.path(c) == "Home Improvement>Garden Supplies>Garden Pots & Planters", "\(title) → \(Self.path(c))")
        }
        #expect(Self.path(Self.decide("Cast Iron Stock Pot")) == "Kitchenware>Cookware>Pots")
        // A maker shop's filament and nozzles supply a 3D printer; a filament bulb is still a bulb.
        Self.expectPaths([
            ("PLA Filament 1.75mm 1kg", "Computers & Office Equipment>Office Equipment>3D Printing Supplies"),
            ("3D Printer Nozzle Set", "Computers & Office Equipment>Office Equipment>3D Printing Supplies"),
            ("Creality Ender 3 V3 SE 3D Printer", "Computers & Office Equipment>Office Equipment>Printers & Scanners"),
            ("Edison Filament Bulb E27", "Home Improvement>Lights & Lighting>Bulbs, Tubes & Strips"),
            ("Gaming Headset PS5", "Phones & Electronics>Audio & Video>Earphones & Headphones"),
            ("E-reader Cover", "Phones & Electronics>Education Devices>Education Device Parts & Accessories"),
            ("PS5 Slim Console 1TB", "Phones & Electronics>Gaming & Consoles>Home Games Consoles"),
            ("Chocolate Fountain", "Household Appliances>Kitchen Appliances>Specialty Kitchen Appliances"),
            ("Popcorn Maker", "Household Appliances>Kitchen Appliances>Specialty Kitchen Appliances"),
        ])
        #expect(Self.decide("Kimchi 500g").result.kind == .noCategory)
        for supplement in ["Shilajit Resin 30g", "Keto Diet Pills", "Appetite Suppressant"] {
            #expect(Self.decide(supplement).result.kind == .noCategory, "\(supplement) → \(Self.path(Self.decide(supplement)))")
        }
        #expect(Self.path(Self.decide("Frankincense Resin 100g")) == "Home Supplies>Home Care Supplies>Home Fragrance")
    }

    /// A description that opens by saying what the product is ("… is a Japanese tinted lip balm")
    /// speaks when the title says little; a title that names its product is not overruled, and a
    /// description that only praises ("a great gift") says nothing.
    @Test func aDescriptionSayingWhatTheProductIsSpeaksForAWeakTitle() {
        #expect(
            CategoryClassifier.definition(in: "The Nivea Rich Care & Color Lip in Sheer Red is a Japanese tinted lip balm that combines skincare and color.")
                == "Japanese tinted lip balm")
        #expect(
            CategoryClassifier.definition(in: "Kabi Killer is Japan's leading chlorine-based mold removal spray designed for bathrooms.")
                == "leading chlorine-based mold removal spray")
        #expect(CategoryClassifier.definition(in: "This is a great gift for any mum.") == nil)
        #expect(CategoryClassifier.definition(in: "Made in Japan. It is a lip balm.") == nil, "only the first sentence defines")
        let lip = Self.decide(
            "Nivea Rich Care & Color Sheer Red",
            body: "The Nivea Rich Care & Color Lip in Sheer Red is a Japanese tinted lip balm that combines skincare and color.")
        #expect(Self.path(lip) == "Beauty & Personal Care>Skincare>Lip Treatments", "\(lip.candidates)")
        let mat = Self.decide("Yoga Mat Non Slip 6mm", body: "This is a lip balm holder you will love.")
        #expect(Self.path(mat).hasPrefix("Sports & Outdoor"), "a title that names its product is not overruled")
    }

    /// Garments named by a fabric or a sport that other leaves also name: a jersey hijab, a cycling
    /// jersey, maternity jeans, a nursing top (not a tank top), yoga pants, and the traditional dress of South Asian shops.
    @Test func garmentsNamedByAFabricOrASportReachTheirLeaves() {
        Self.expectPaths([
            ("Hijab Jersey", "Muslim Fashion>Hijabs>Instant Hijab"),
            ("Cycling Jersey Men", "Sports & Outdoor>Sport & Outdoor Clothing>Jerseys"),
            ("Maternity Jeans Over Bump", "Baby & Maternity>Maternity Supplies>Maternity Clothing & Accessories"),
            ("Vestido premamá", "Baby & Maternity>Maternity Supplies>Maternity Clothing & Accessories"),
            ("Nursing Top", "Baby & Maternity>Maternity Supplies>Nursing Clothes"),
            ("Breastfeeding Pyjamas", "Baby & Maternity>Maternity Supplies>Nursing Clothes"),
            ("Nursing Pillow", "Baby & Maternity>Nursing & Feeding>Breastfeeding Pillows"),
            ("Yoga Pants Flare", "Sports & Outdoor>Sport & Outdoor Clothing>Sports Leggings"),
            ("Kurta Set Women", "Womenswear & Underwear>Women's Special Clothing>Traditional Dress"),
            ("Saree Silk Banarasi", "Womenswear & Underwear>Women's Special Clothing>Traditional Dress"),
            ("Hijab Pins 12pcs", "Muslim Fashion>Islamic Accessories>Hijab Pins"),
        ])
    }

    /// A lure shop names its lures like toys and gadgets ("MEADOW MOUSE", "KILL SWITCH"); its type
    /// and tags say fishing, and a mouse is a computer's only when its words say so.
    @Test func aLureNamedLikeAGadgetIsFishingTackle() {
        for (title, tags) in [
            ("MEADOW MOUSE", ["bass", "fishing", "mouse", "topwater"]), ("KILL SWITCH", ["bass", "fishing", "pike", "topwater"]),
            ("RIOT TOAD", ["bass", "fishing", "frog", "toad", "topwater"]), ("BIG BACK", ["bass", "fishing", "snakehead", "topwater"]),
        ] {
            let c = Self.decide(title, type: "Hollow body-Top Water", tags: tags)
            #expect(Self.path(c).hasSuffix(">Fishing"), "\(title) → \(Self.path(c))")
        }
        #expect(Self.path(Self.decide("Wireless Mouse")).hasSuffix("Keyboards & Mice"))
        #expect(Self.path(Self.decide("Mouse")).hasSuffix("Keyboards & Mice"), "alone, a mouse is still the computer's")
        #expect(Self.path(Self.decide("Gaming Mouse Pad XXL")).hasSuffix("Mouse Pads"))
        #expect(Self.path(Self.decide("America 250 Garden Flag")) == "Home Improvement>Garden Supplies>Garden Decor")
    }

    /// A swimwear boutique types everything SWIMWEAR and names pieces by mood ("Sexy Top"): its
    /// bikinis are bikinis, a cover-up is beachwear (not a "skinny dip" sauce), and racing swimwear
    /// or a rash guard needs its own words.
    @Test func aSwimwearBoutiquesPiecesReachTheirLeaves() {
        for (title, tags, leaf) in [
            ("Sexy Top", ["BIKINI", "SEXY", "TRIANGLE"], "Bikinis"), ("Bombshell High Waist Bottom", ["BIKINI"], "Bikinis"),
            ("Skinny Dip Cover Up", ["BEACH"], "Beachwear"), ("Cheerful One Piece", ["BEACH"], "One-Pieces"),
        ] {
            let c = Self.decide(title, type: "SWIMWEAR", tags: tags)
            #expect(Self.path(c) == "Sports & Outdoor>Swimwear, Surfwear & Wetsuits>\(leaf)", "\(title) → \(Self.path(c))")
        }
        #expect(Self.path(Self.decide("Jammer Racing Swimsuit")).hasSuffix("Racing Swimwear"))
        #expect(Self.path(Self.decide("UPF 50 Rash Guard Swimsuit")).hasSuffix("Rash Guard Swimsuits"))
        #expect(Self.path(Self.decide("Tankini Set")).hasSuffix("Tankinis"))
    }

    /// An Italian leather-goods brand lists cabin trolleys, pochettes and beauty cases; a pouch is a
    /// bag unless it laminates, and retail shopping bags are no paper shredders.
    @Test func luggageAndPouchesReachTheirBags() {
        Self.expectPaths([
            ("Trolley da cabina a 4 ruote", "Luggage & Bags>Luggage & Travel Bags>Luggage"),
            ("Pochette uomo - BLU2", "Luggage & Bags>Men's Bags>Clutches"),
            ("Beauty case uomo", "Luggage & Bags>Functional Bags>Make-up Bags"),
            ("Makeup Pouch", "Luggage & Bags>Functional Bags>Make-up Bags"),
            ("Coin Pouch", "Luggage & Bags>Women's Bags>Wallets"),
            ("Zip Pouch", "Luggage & Bags>Luggage & Travel Bags>Travel Organizers"),
            ("A4 Laminating Pouches 100 pack", "Computers & Office Equipment>Office Equipment>Laminators"),
            ("Shopping Trolley Bag", "Luggage & Bags>Functional Bags>Shopping Bags"),
        ])
        #expect(!Self.path(Self.decide("Tea Trolley Gold")).hasPrefix("Luggage"), "an English trolley is no suitcase")
        // A Mexican artisans' shop: a bag no other word narrows is a handbag, not luggage; a cape is
        // worn unless a barber puts it on.
        Self.expectPaths([
            ("Simple Rhombus Bag", "Luggage & Bags>Women's Bags>Handbags"),
            ("Weekend Bag", "Luggage & Bags>Luggage & Travel Bags>Travel Bags"),
            ("Gym Bag", "Sports & Outdoor>Sports & Outdoor Accessories>Sports Bags"),
            ("Diaper Bag", "Baby & Maternity>Baby Travel Essentials>Nappy Bags"),
            ("Alpaca Cape", "Womenswear & Underwear>Women's Tops>Jackets & Coats"),
            ("Barber Cape Black", "Furniture>Commercial Furniture>Salon Furniture"),
        ])
        // Spirits are alcohol, not a "Desert Rose" decorative flower.
        #expect(Self.decide("Desert Rose Gin 50cl").result.category == nil)
    }

    /// An electronics dropshipper's titles: a watch that reads the heart rate is a wearable, a
    /// blood-pressure monitor still a medical device, a flashlight portable lighting.
    @Test func aWearableThatReadsTheHeartRateIsNoMedicalDevice() {
        Self.expectPaths([
            ("Smart Watch Fitness Tracker Heart Rate Monitor", "Phones & Electronics>Smart & Wearable Devices>Fitness Trackers"),
            ("Tactical Flashlight 2000 Lumens", "Home Improvement>Lights & Lighting>Portable Lighting"),
        ])
        #expect(Self.decide("Blood Pressure Monitor Upper Arm").result.kind == .noCategory)
        Self.expectPaths([
            ("Spray Tan Solution 1 Litre", "Beauty & Personal Care>Skincare>Tanning Oils & Self Tanners"),
            ("Hydrafacial Machine 7 in 1 Hydro Dermabrasion", "Beauty & Personal Care>Personal Care Appliances>Facial Beauty Devices"),
        ])
    }

    @Test func aBeautyStoresBareNounsReachTheirLeavesAndASupplementForHairIsNotNailCare() {
        for (title, path) in [
            ("Conditioner 500ml", "Beauty & Personal Care>Hair Care & Styling>Shampoo & Conditioner"),
            ("Portable Air Conditioner 9000 BTU", "Household Appliances>Large Home Appliances>Air Conditioner"),
            ("Bath Salts Lavender", "Beauty & Personal Care>Bath & Body Care>Body Wash & Soap"),
            ("Soap Bar", "Beauty & Personal Care>Bath & Body Care>Body Wash & Soap"),
            ("Contour Stick", "Beauty & Personal Care>Makeup & Perfume>Bronzer & Highlighter"),
            ("Skin Tint Light Medium 30ml", "Beauty & Personal Care>Makeup & Perfume>Concealer & Foundation"),
            ("Hairspray Extra Hold", "Beauty & Personal Care>Hair Care & Styling>Mousse & Gel"),
        ] {
            #expect(Self.path(Self.decide(title)).trimmingCharacters(in: .whitespaces) == path, "\(title)")
        }
        for (title, prefix) in [
            ("Cast Iron Skillet 26cm", "Kitchenware>Cookware"), ("Salad Servers Olive Wood", "Kitchenware>Kitchen Utensils"),
            ("Oven Gloves Double", "Kitchenware>Bakeware"), ("Fish Tank 60L", "Pet Supplies>Fish & Aquatic"),
            ("Dummy Clip Personalised", "Baby & Maternity"), ("Bike Helmet Adult", "Sports & Outdoor>Leisure"),
            ("Washi Tape Set", "Computers & Office Equipment>Office Stationery"), ("Men's Slim Fit Suit", "Menswear & Underwear"),
            ("Lace Bralette & Brief Set", "Womenswear & Underwear"), ("Linen Wide Leg Pant - Natural", "Womenswear & Underwear"),
            ("Tiered Maxi Sundress", "Womenswear & Underwear"), ("Bathing Suit", "Sports & Outdoor>Swimwear"),
            ("Silberne Ohrringe", "Fashion Accessories>Costume Jewellery & Accessories>Earrings"),
            ("Schlüsselring Leder", "Fashion Accessories>Costume Jewellery & Accessories>Key Chains"),
            ("Baby Grow Organic Cotton", "Baby & Maternity>Baby Clothing & Shoes"), ("Baby Sleeping Bag 2.5 Tog", "Baby & Maternity"),
            ("Cot Mobile Stars", "Baby & Maternity>Baby Toys"), ("Camping Cot Folding", "Sports & Outdoor>Camping & Hiking Equipment"),
            ("Wedding Band 9ct Gold", "Fashion Accessories>Costume Jewellery & Accessories>Rings"),
            ("Ear Cuff Silver", "Fashion Accessories>Costume Jewellery & Accessories>Earrings"),
            ("Belly Bar Titanium", "Fashion Accessories>Costume Jewellery & Accessories>Body Jewellery"),
            ("Pop Socket Marble", "Phones & Electronics>Phone Accessories>Phone Holders & Mounts"),
            ("Fleece Throw Blanket 130x150cm", "Textiles & Soft Furnishings>Bedding>Blankets & Throws"),
            ("Electric Blanket Double", "Household Appliances>Home Appliances>Electric Blankets"), ("School Shoes Boys", "Kids' Fashion"),
            ("Posture Corrector", "Sports & Outdoor>Sports & Outdoor Accessories>Sports Sleeves & Support"),
            ("Under Eye Corrector", "Beauty & Personal Care>Makeup & Perfume>Blemish Balm"),
            ("Cellulite Body Brush", "Beauty & Personal Care>Bath & Body Care"), ("Sauna Suit", "Sports & Outdoor>Sport & Outdoor Clothing"),
            ("Women's Trouser Suit", "Womenswear & Underwear>Women's Suits & Overalls>Suits"),
            ("Dog Paw Balm", "Pet Supplies>Dog & Cat Grooming"), ("Bird Seed Mix 2kg", "Pet Supplies>Bird Supplies>Bird Food"),
            ("Joint Aid for Dogs 500g", "Pet Supplies>Dog & Cat Healthcare>Vitamins & Supplements"),
            ("Grass Seed 1kg", "Home Improvement>Garden Supplies"),
            ("Chino Shorts", "Womenswear & Underwear>Women's Bottoms>Shorts"), ("Men's Chino Shorts", "Menswear & Underwear>Men's Bottoms>Shorts"),
            ("Slim Chino Trousers", "Womenswear & Underwear>Women's Bottoms>Trousers"),
            ("Nail Glue Brush On", "Beauty & Personal Care>Hand, Foot & Nail Care"), ("Ice Roller for Face", "Beauty & Personal Care>Skincare"),
            ("Hair Rollers Velcro", "Beauty & Personal Care>Hair Care & Styling"), ("Edge Control Strong Hold", "Beauty & Personal Care>Hair Care"),
            ("Colour Corrector Peach", "Beauty & Personal Care>Makeup & Perfume"), ("Period Pants Heavy Flow", "Beauty & Personal Care>Feminine Care"),
            ("Smart Watch for Men Women, 1.85\" Fitness Tracker with Heart Rate Sleep Monitor", "Phones & Electronics>Smart & Wearable Devices"),
            ("Men's Watch Stainless Steel Chronograph", "Fashion Accessories>Watches & Accessories>Men's Watches"),
            ("Laptop Stand Adjustable Aluminium Ergonomic Riser Holder for MacBook Air", "Computers & Office Equipment>Peripherals & Accessories"),
        ] {
            #expect(Self.path(Self.decide(title)).hasPrefix(prefix), "\(title): \(Self.path(Self.decide(title)))")
        }
        for title in ["Food Colouring Gel", "Roasted Almonds 200g", "Miso Paste", "Parmesan Wedge", "Chia Seeds 500g", "Red Lentils"] {
            guard case .noCategory = Self.decide(title).result else {
                Issue.record("\(title) is food (an English -ing word holds no ring): \(Self.decide(title).result)")
                continue
            }
        }
        #expect(Self.path(Self.decide("Pool Slides")).hasPrefix("Shoes>"))
        #expect(Self.path(Self.decide("Playsuit")).hasPrefix("Womenswear & Underwear"))
        for title in ["Biotin 10000mcg Hair Skin Nails", "L-Glutamine Powder 500g", "Sleep Support Magnesium & L-Theanine"] {
            guard case .noCategory = Self.decide(title).result else {
                Issue.record("\(title) is a supplement: \(Self.decide(title).result)")
                continue
            }
        }
    }

    @Test func aMerchantCategoryTheMapDoesNotKnowStillNamesTheTopLevel() {
        let skincare = SourceCategory.woocommerce(path: "Skincare")
        #expect(Self.path(Self.decide("Classic Logo Design", category: skincare)).hasPrefix("Beauty & Personal Care>Skincare"), "not a label printer")
        #expect(Self.path(Self.decide("Classic Logo Design")).hasPrefix("Computers & Office Equipment"), "without the shelf, the words decide")
        #expect(
            Self.path(Self.decide("Leather Wallet Case for iPhone 14", category: skincare)).hasPrefix("Phones & Electronics"),
            "sure words leave a shelf the merchant filed wrongly")
        #expect(
            Self.path(Self.decide("Mini Portable Blender", category: .shopify(path: "Business & Industrial")))
                == "Household Appliances>Kitchen Appliances>Juicers & Blenders",
            "a top level the map knows is not a shelf: its words only help the text")
    }

    @Test func buyerQualifiedBranchesNeedTheBuyerNamed() {
        // Human supplements must not land in the pet supplements leaf.
        let human = Self.decide("Vitamin D3 Supplement 60 Capsules")
        #expect(!Self.path(human).hasPrefix("Pet Supplies"), "\(human.result)")
        if case .noCategory = human.result {} else { Issue.record("human supplements have no TikTok Shop UK category: \(human.result)") }
        #expect(Self.path(Self.decide("Joint Supplement Chews for Dogs")).hasPrefix("Pet Supplies"))
        // A dropshipper's title names its buyers without "for": two of them say whom it is for.
        let bottle = "Pets Water Bottle Portable Food Grade Material Dog Cat Travel Pet Water Cup Bottle with Food Dispenser"
        #expect(Self.path(Self.decide(bottle)).hasPrefix("Pet Supplies"), "\(Self.path(Self.decide(bottle)))")
        #expect(!Self.path(Self.decide("Cat Ear Headband Plush")).hasPrefix("Pet Supplies"), "one buyer word as a style is no buyer")
    }

    @Test func notEligibleGoodsAreStoppedBeforeMapping() {
        let cases = [
            "Digital Gift Card £50", "Laser Hair Removal – 6 Sessions", "Printable Wall Art PDF Instant Download",
            "Tournoi Riftbound – inscription", "Monthly Subscription Box Membership", "Steam Key – Elden Ring",
            "Online Yoga Course", "Microneedling Package of 3", "IV Drip Vitamin Therapy", "Teeth Whitening Session",
            "Hot Stone Massage 60 minutes", "Signature Facial", "Skin Consultation", "Lash Lift & Tint", "Classic Full Set (Lash Extensions)",
            "Lash Extensions Full Set", "HIFU Full Face",
            "HydraFacial Treatment", "Steam Wallet Key", "Canva Instagram Templates", "Tip for the Team", "PRP Hair Treatment",
            "Skin Booster Treatment", "Digital Planner for iPad GoodNotes", "Wedding SVG Bundle for Cricut", "Xbox Game Pass 3 Month Code", "PSN Card £20",
            "V-Bucks 13500", "Minecraft Java Edition Key", "Cryolipolysis Fat Freezing - 1 Area", "Skin Tag Removal", "Morpheus8 Face",
            "Thread Lift PDO", "Jawline Filler 2ml", "Ear Piercing with Studs", "Gel Manicure", "BIAB Nails Overlay", "Spray Tan Full Body",
            "Brazilian Wax", "Cut and Blow Dry", "Balayage Highlights", "Eyebrow Threading", "Lymphatic Drainage Massage",
            "Polynucleotides Under Eye", "Eyelash Extensions Infill", "Gel Infills", "Netflix Premium 12 Months", "Séance de massage 1h",
            "Descarga digital - Plantilla", "Gesichtsbehandlung 60 Minuten",
            "Sesión de fisioterapia", "Suscripción mensual", "Corso di cucina", "Online-Kurs Makramee", "Concealed Carry Class",
            "Firearms Safety Course", "Game Boost Service Rank Up", "Windows 11 Pro Retail Key", "Office 2021 Professional Plus",
            "NordVPN 2 Years", "Valorant Points 1000", "Discord Nitro 1 Month", "Anti-Aging Therapy", "PRF Hair Restoration",
            "Deposit - Aesthetic Treatment", "PRP Facial (Vampire Facial)", "Rocket League Credits 1100", "FC 25 Coins 100k",
            "Elden Ring Runes 50M", "Destiny 2 Recovery", "Stacked Fortnite Account", "Depilación láser sesión axilas",
            "Séance d'épilation laser aisselles", "Laser-Haarentfernung Sitzung", "Vale regalo spa", "Chèque cadeau 30€",
            "Bouncy Castle Hire - Full Day", "Party Table Rental", "Kaspersky Total Security 1 Device 1 Year", "Skin Booster Course",
            "Prescription Skincare Plan Monthly", "Processing Fee", "Rush Order Fee", "Custom Order Deposit", "Expedited Shipping",
        ]
        for title in cases {
            guard case .notEligible = Self.decide(title, category: .shopify(path: "Health & Beauty > Personal Care")).result else {
                Issue.record("\(title) is not a physical good")
                continue
            }
        }
        #expect(Self.decide("Gift Card Holder Envelope").result.reason?.contains("not eligible") != true, "a holder for gift cards is a product")
        let rental = Self.decide(
            "Silverback Gorilla", body: "Introducing our show-stopping 20-foot tall Silverback Gorilla inflatable rental! Make a colossal statement.")
        #expect(rental.result.kind == .notEligible, "an event company's inflatable rental is a service: \(rental.result)")
        guard case .notEligible = Self.decide("Pistol Basics", category: .woocommerce(path: "Training Courses")).result else {
            Issue.record("a store's own courses category names a course")
            return
        }
        for (title, body) in [
            ("Tratamiento facial con radiofrecuencia", "Sesión de 45 minutos en cabina."),
            ("Soin du visage anti-âge 1h", "Rendez-vous en institut."), ("Eyelash Extensions Full Set", "Classic full set, 2 hours, infills available."),
        ] {
            #expect(Self.decide(title, body: body).result.kind == .notEligible, "\(title): a treatment by where it is given")
        }
        for (title, body) in [
            ("Crema Hidratante Profesional", "Producto profesional para uso en cabina y en casa."),
            ("Sérum Éclat Professionnel 30ml", "Le sérum utilisé en institut, à la maison."),
        ] {
            #expect(Self.decide(title, body: body).result.reason?.contains("not eligible") != true, "\(title): a professional's product")
        }
        #expect(Self.decide("Dermaplaning Razor 3 Pack").result.reason?.contains("not eligible") != true, "the tool of a treatment is a product")
        for product in [
            "Facial Treatment Essence 230ml", "Lash Lift Kit", "Magnetic Lashes Full Set", "Brow Lamination Kit with Brush", "Session IPA Glass",
            "Aftercare Kit for Microneedling",
            "Professional Chemical Peel Solution 30%", "Hydrafacial Serum Refill", "Microneedling Derma Roller 0.5mm",
            "Manicure Set 12 Piece", "Spray Tan Solution 1L", "Brow Wax Stick", "Blow Dry Brush", "Ear Piercing Kit", "Cupping Therapy Set",
            "Wax Strips for Legs", "Polynucleotide Serum 30ml", "BIAB Builder Gel 15ml", "Keratin Treatment Kit",
            "Obstacle Course Kit for Kids", "Class 10 SD Card 64GB", "Soin visage hydratant 50ml", "Tratamiento capilar reparador 200ml",
            "Haarkur Intensiv 200ml", "Terminplaner 2027", "Hair Restoration Shampoo", "Hair Restoration Serum 50ml",
            "Car Rental Keychain", "Security Camera 2K Outdoor", "Antivirus Screen Cleaner Spray", "Bank Deposit Bag Zipped",
        ] {
            #expect(Self.decide(product).result.reason?.contains("not eligible") != true, "\(product) is a product")
        }
    }

    @Test func aVariantTheStoreShipsNothingForIsNotEligible() {
        let input = CategoryClassifier.Input(title: "Riftbound Nexus Night 10-03-2026 - 16 joueurs")
        let c = Self.mapper.classify(input, source: .none, attributes: [TaxonomyMapper.shipsNothing: "false"])
        #expect(c.result.reason?.contains("Variant Requires Shipping = FALSE") == true, "\(c.result)")
        let override = Self.mapper.classify(
            CategoryClassifier.Input(title: "Sterling Silver Ring"), source: .none, attributes: [TaxonomyMapper.shipsNothing: "false"],
            checkEligibility: false)
        #expect(Self.path(override).hasPrefix("Fashion Accessories"), "a person's eligibility call still maps it")
    }

    @Test func attributesComeFromOptionsTitlesAndBodies() {
        let a = AttributeExtractor.fill(["size": "XL", "colour": "Black"], title: "Rose Body Oil 100ml", body: "", vendor: "Acme")
        #expect(a.attributes["net_content"] == "100ml")
        #expect(a.attributes["brand"] == "Acme")
        #expect(a.filled["net_content"] == "title")
        let b = AttributeExtractor.fill([:], title: "Ring", body: "Handmade from 925 sterling silver.", vendor: "")
        #expect(b.attributes["material"] == "Sterling silver")
        #expect(b.attributes["brand"] == "No brand", "TikTok accepts No brand")
        let c = AttributeExtractor.fill(["net_content": "50 ml"], title: "Serum 30ml", body: "", vendor: "V")
        #expect(c.attributes["net_content"] == "50 ml", "the merchant's own value is never overwritten")
        #expect(AttributeExtractor.quantity(in: "Shampoo 8.4 fl oz") == "8.4 fl oz")
        #expect(AttributeExtractor.quantity(in: "Model X200 with 2 ports") == nil)
    }

    @Test func classificationIsDeterministic() {
        let a = Self.decide("Wireless Earbuds with Charging Case", tags: ["audio", "bluetooth"], body: "Long battery life.")
        let b = Self.decide("Wireless Earbuds with Charging Case", tags: ["audio", "bluetooth"], body: "Long battery life.")
        #expect(a == b)
    }

    /// Beauty and home shops that write in French, Spanish, Italian, Portuguese, German or Dutch:
    /// their own words for skincare, make-up, hair and bedding reach the leaf an English title would.
    /// A brand-and-model title names no product; the merchant's product type does, and its head
    /// counts as the title's does, unless the type names no product ("Sleep", "Minerals").
    @Test func aProductTypeNamingTheProductOutweighsAModelName() {
        for (title, type, suffix) in [
            ("Auralis Flip 6", "Portable Speakers", "Speakers"), ("Logitech MX Keys S", "Keyboards", "Keyboards & Mice"),
            ("Fitbit Charge 6", "Fitness Trackers", "Fitness Trackers"), ("iPad Air 11-inch (M2) Wi-Fi 128GB", "Tablets", "Tablets"),
        ] {
            #expect(Self.path(Self.decide(title, type: type)).hasSuffix(suffix), "\(title) (\(type)): \(Self.path(Self.decide(title, type: type)))")
        }
        #expect(
            Self.path(Self.decide("Auralis Flip 6")).hasSuffix("Speakers") == false, "without its type the model name says nothing: the test needs the type")
        for (title, type) in [("Sleep Support Magnesium & L-Theanine", "Sleep"), ("Zinc Picolinate 25mg", "Minerals")] {
            #expect(Self.decide(title, type: type).result.kind == .noCategory, "\(title) (\(type)) is a supplement: \(Self.decide(title, type: type).result)")
        }
        #expect(Self.path(Self.decide("iPad Air 11-inch (M2) Wi-Fi 128GB")).hasSuffix("Tablets"), "Wi-Fi is how it connects, not a pocket router")
        #expect(Self.path(Self.decide("Outdoor Wi-Fi Security Camera 2K")).hasPrefix("Phones & Electronics>Cameras & Photography>Security Cameras"))
        #expect(Self.path(Self.decide("Dishwasher Tablets 100 Pack")).hasPrefix("Phones & Electronics") == false, "a dishwasher tablet is no computer")
        #expect(Self.decide("Electrolyte Hydration Sticks", type: "Sticks").result.kind == .noCategory, "a drink mix's sticks are not hiking sticks")
    }

    @Test func beautyAndHomeTitlesInOtherLanguagesReachTheirLeaves() {
        for (title, prefix) in [
            ("Masque Capillaire Réparateur au Karité", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments"),
            ("Gommage Corps au Sucre de Coco", "Beauty & Personal Care>Bath & Body Care>Body Scrubs"),
            ("Brosse à Cheveux Démêlante", "Beauty & Personal Care>Hair Care & Styling"),
            ("Rouleau de Jade pour le Visage", "Beauty & Personal Care>Skincare>Skincare Tools"),
            ("Gel de ducha flor de cerezo", "Beauty & Personal Care>Bath & Body Care>Body Wash"),
            ("Pestañas postizas magnéticas", "Beauty & Personal Care>Makeup & Perfume>False Eyelashes"),
            ("Máscara capilar de hidratação", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments"),
            ("Maschera per capelli ristrutturante", "Beauty & Personal Care>Hair Care & Styling>Hair Treatments"),
            ("Asciugacapelli professionale", "Beauty & Personal Care>Personal Care Appliances>Hair Dryers"),
            ("Douchegel kersenbloesem", "Beauty & Personal Care>Bath & Body Care>Body Wash"),
            ("Make-up Pinsel Set", "Beauty & Personal Care>Makeup & Perfume>Makeup Tools"),
            ("Robe longue fleurie femme", "Womenswear & Underwear>Women's Dresses"),
            ("Heren chino broek", "Menswear & Underwear>Men's Bottoms"),
            ("Hundehalsband Leder", "Pet Supplies"), ("Tabla de cortar de bambú", "Kitchenware"),
            ("Peluche lapin", "Toys & Hobbies>Dolls & Stuffed Toys"),
            ("Batterie externe 20000mAh", "Phones & Electronics>Universal Accessories>Power Banks"),
            ("Verre trempé iPhone 15", "Phones & Electronics>Phone Accessories"), ("Telefoonhouder auto", "Phones & Electronics>Phone Accessories"),
            ("Überwachungskamera WLAN aussen", "Phones & Electronics"),
        ] {
            #expect(Self.path(Self.decide(title)).hasPrefix(prefix), "\(title): \(Self.path(Self.decide(title)))")
        }
        for title in ["Aceite de oliva virgen extra", "Olio extravergine di oliva", "Gemahlener Kaffee", "Vitamin C Tablets", "Vitamine C tabletten"] {
            #expect(Self.decide(title).result.kind == .noCategory, "\(title) is food or a supplement: \(Self.decide(title).result)")
        }
        #expect(Self.path(Self.decide("Seife mit Mastix, Lavendel und Olivenöl 125g")).hasPrefix("Beauty & Personal Care"), "a soap is not food")
        // English names whose second word is a stop word: a shower gel is not hair gel, a hair dryer not hair dye.
        #expect(Self.path(Self.decide("Shower Gel Cherry Blossom 250ml")).hasPrefix("Beauty & Personal Care>Bath & Body Care>Body Wash"))
        #expect(Self.path(Self.decide("Ionic Hair Dryer 2000W")).hasSuffix("Hair Dryers"))
        #expect(Self.path(Self.decide("Bird Nest Decoration")).hasPrefix("Phones & Electronics") == false, "a nest is not a smart speaker")
        // A title the words are sure of outranks a WooCommerce shelf's top level.
        let mouse = Self.decide("Wireless Gaming Mouse", category: .woocommerce(path: "Gaming > PC"))
        #expect(Self.path(mouse).hasPrefix("Computers & Office Equipment>Peripherals & Accessories"), "\(Self.path(mouse))")
    }

    /// "Compatible with" and "works with" end a product's name as "for" does; a Romance head pairs
    /// with the next word that is not a joining word; a theme named last is no head.
    @Test func whatAProductFitsAndJoiningWordsDoNotNameIt() {
        Self.expectPaths([
            ("Smart Plug WiFi 4 Pack works with Alexa", "Home Improvement>Smart Home Systems>Smart Home Controls"),
            ("Balança Digital de Cozinha", "Kitchenware>Kitchen Utensils & Gadgets>Measuring Utensils"),
            ("Escova Dental Elétrica", "Beauty & Personal Care>Nasal & Oral Care>Toothbrushes"),
            ("Boys Hoodie Gaming", "Kids' Fashion>Boys' Clothes>Tops"),
        ])
        // Portuguese "cintura alta" is a high waist; only an Italian "cintura" is a belt.
        #expect(!Self.path(Self.decide("Legging Fitness Cintura Alta")).hasSuffix("Belts"))
        #expect(Self.path(Self.decide("Cintura uomo in pelle nera")).hasSuffix("Belts"))
    }

    /// A salon's menu in the house voice is services; what the staff use or recommend is a product.
    @Test func aSalonsServicesInItsOwnVoiceAreNotEligible() {
        let waxing = Self.decide(
            "Chin Waxing", tags: ["Waxing"],
            body: "Achieve a smooth chin with our Chin Waxing service. Our expert aestheticians use high-quality wax.")
        #expect(waxing.result.kind == .notEligible, "\(waxing.result)")
        let massage = Self.decide("Massage", body: "Rejuvenate your senses with our Massage service, designed to relieve tension.")
        #expect(massage.result.kind == .notEligible, "\(massage.result)")
        let shampoo = Self.decide(
            "Professional Shampoo 250ml", type: "Shampoo", body: "The same sulphate-free shampoo we use in our salon, now for your home.")
        #expect(Self.path(shampoo).hasPrefix("Beauty & Personal Care>Hair Care & Styling"), "\(shampoo.result)")
        let oil = Self.decide("Calming Massage Oil 100ml", body: "Our therapists' favourite blend of lavender and sweet almond oil.")
        #expect(oil.result.kind != .notEligible, "\(oil.result)")
    }
}
