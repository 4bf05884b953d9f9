/// Small merchant exports the engine, store and console tests share.
public enum SampleExports {
    public static let shopifyHeader =
        "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Gift Card,Status"

    /// A Shopify export for the catalogue workbench: three Acme gizmos no category or word maps,
    /// a ring with no brand (live as TikTok's "No brand"), live earrings, a gift card and a box
    /// of ammunition.
    public static let acme = """
        \(shopifyHeader)
        gizmo-a,Zorblax Gizmo Alpha,<p>The original.</p>,Acme,,,,TRUE,Title,Default Title,ZG-1,100,10,19.00,FALSE,active
        gizmo-b,Zorblax Gizmo Beta,<p>The sequel.</p>,Acme,,,,TRUE,Title,Default Title,ZG-2,100,10,21.00,FALSE,active
        gizmo-c,Zorblax Gizmo Gamma,<p>The third.</p>,Acme,,,,TRUE,Title,Default Title,ZG-3,100,10,23.00,FALSE,active
        ring,Sterling Silver Ring,<p>A plain band of 925 silver.</p>,,Apparel & Accessories > Jewelry > Rings,,,TRUE,Title,Default Title,RG-1,5,10,25.00,FALSE,active
        hoops,Sterling Silver Hoop Earrings,<p>Made of 925 silver.</p>,Luna,Apparel & Accessories > Jewelry > Earrings,,,TRUE,Title,Default Title,EH-1,5,10,19.00,FALSE,active
        card,Gift Card,<p>Spend it in our shop.</p>,Luna,,,,TRUE,Title,Default Title,GC-1,0,10,25.00,TRUE,active
        ammo,9mm Ammunition 50 Rounds,<p>Full metal jacket.</p>,Luna,,,,TRUE,Title,Default Title,AM-1,900,10,30.00,FALSE,active

        """
}
