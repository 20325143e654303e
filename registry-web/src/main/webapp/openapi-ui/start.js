// The browsable view of the registry's own OpenAPI document (/openapi, generated from the code).
window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#openapi-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
});
