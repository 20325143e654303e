// The browsable view of the registry's own OpenAPI document (/openapi, generated from the code).
// The base layout, without Swagger UI's top bar: its logo carries an inline <style>, which the
// registry's Content-Security-Policy refuses like any inline style.
window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#openapi-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
});
