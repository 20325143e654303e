package kz.registry.shared.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes into the OpenAPI document who may call each operation, read from the same
 * {@code @RolesAllowed} and {@code @PermitAll} that decide it ({@link DeclaredAccess}): an
 * {@code x-roles} extension and a line of the description. And the query parameters of the
 * {@code @BeanParam} classes an operation takes, from their {@link QueryDoc}. Registered with
 * {@code mp.openapi.filter}; the authorization matrix test checks the document against calls.
 */
public class DocumentedAccess implements OASFilter {

    private static final Logger LOG = Logger.getLogger(DocumentedAccess.class.getName());
    private static final String API_ROOT = "/api";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, List<String>> declared = declaredAccess();
        Map<String, List<Field>> beanParameters = beanParameters();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            if (declared.containsKey(key)) {
                document(operation, declared.get(key));
            }
            beanParameters.getOrDefault(key, List.of()).forEach(field -> declare(operation, field));
        }));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            requiredFields().forEach((name, required) -> {
                Schema schema = schemas.get(name);
                if (schema != null && !required.isEmpty()) {
                    schema.setRequired(required);
                }
            });
        }
    }

    /**
     * The fields a request body must have, by its schema's name: the components the same
     * constraints refuse when missing ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}),
     * which the server's scanner does not turn into the schema's {@code required}.
     */
    static Map<String, List<String>> requiredFields() {
        Map<String, List<String>> required = new HashMap<>();
        byOperation((type, method) -> {
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                if (parameter.getAnnotations().length == 0 || parameter.isAnnotationPresent(jakarta.validation.Valid.class)) {
                    requiredOf(parameter.getType(), required);
                }
            }
            return null;
        });
        return required;
    }

    private static void requiredOf(Class<?> body, Map<String, List<String>> into) {
        if (!body.isRecord() || into.containsKey(body.getSimpleName())) {
            return;
        }
        List<String> names = new ArrayList<>();
        into.put(body.getSimpleName(), names);
        for (java.lang.reflect.RecordComponent component : body.getRecordComponents()) {
            try {
                Field field = body.getDeclaredField(component.getName());
                if (field.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                        || field.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                        || field.isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class)) {
                    names.add(component.getName());
                }
            } catch (NoSuchFieldException e) {
                // every record component has its field
            }
            requiredOf(component.getType(), into);
        }
    }

    /** Adds a {@code @BeanParam} class's query parameter to the operation, unless it is there already. */
    private static void declare(Operation operation, Field field) {
        String name = field.getAnnotation(QueryParam.class).value();
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> name.equals(parameter.getName()))) {
            return;
        }
        QueryDoc doc = field.getAnnotation(QueryDoc.class);
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.valueOf(doc.type().toUpperCase(
                java.util.Locale.ROOT))));
        if (!doc.format().isEmpty()) {
            schema.format(doc.format());
        }
        if (doc.values().length > 0) {
            schema.enumeration(List.of((Object[]) doc.values()));
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
                .description(doc.description()).schema(schema).example(doc.example()));
    }

    /** "GET /api/reports/spending" to the documented query parameters of the {@code @BeanParam} classes it takes. */
    static Map<String, List<Field>> beanParameters() {
        return byOperation((type, method) -> {
            List<Field> fields = new ArrayList<>();
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    documentedFields(parameter.getType(), fields);
                }
            }
            return fields;
        });
    }

    private static void documentedFields(Class<?> beanParam, List<Field> into) {
        for (Field field : beanParam.getDeclaredFields()) {
            if (field.isAnnotationPresent(BeanParam.class)) {
                documentedFields(field.getType(), into);
            } else if (field.isAnnotationPresent(QueryParam.class) && field.isAnnotationPresent(QueryDoc.class)) {
                into.add(field);
            }
        }
    }

    private static void document(Operation operation, List<String> roles) {
        List<String> who = roles == null ? List.of("anyone") : roles;
        operation.addExtension("x-roles", who);
        String line = roles == null ? "Who may call: anyone, without signing in."
                : roles.isEmpty() ? "Who may call: nobody." : "Who may call: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
    }

    /** "GET /api/claims/{id}" to the roles that may call it (null: anyone), from the deployed classes. */
    static Map<String, List<String>> declaredAccess() {
        return byOperation((type, method) -> DeclaredAccess.allowedRoles(method, type));
    }

    /** Something of each resource method, by the operation's key as the document writes it ("GET /api/claims/{id}"). */
    private static <T> Map<String, T> byOperation(java.util.function.BiFunction<Class<?>, Method, T> what) {
        Map<String, T> found = new HashMap<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                found.put(verb + " " + template(API_ROOT + "/" + base + (sub == null ? "" : "/" + sub.value())),
                        what.apply(type, method));
            }
        }
        return found;
    }

    /** "/api//reports/{year: [0-9]+}/" as OpenAPI writes it: "/api/reports/{year}". */
    static String template(String path) {
        String single = path.replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The WAR's classes with {@code @Path}, found in the expanded WAR's class directory. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> found = new ArrayList<>();
        ClassLoader loader = DocumentedAccess.class.getClassLoader();
        try {
            for (URL packageUrl : Collections.list(loader.getResources("kz/registry"))) {
                if (!"file".equals(packageUrl.getProtocol())) {
                    continue; // the core's jar: boundaries, no resources
                }
                java.nio.file.Path root = Paths.get(packageUrl.toURI()).getParent().getParent();
                try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                                .replaceAll("\\.class$", "");
                        try {
                            Class<?> type = Class.forName(name, false, loader);
                            if (type.isAnnotationPresent(Path.class)) {
                                found.add(type);
                            }
                        } catch (ClassNotFoundException | LinkageError skipped) {
                            LOG.log(Level.FINE, "Not a resource: " + name, skipped);
                        }
                    }
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The OpenAPI document names no roles: the resources could not be listed", e);
        }
        if (found.isEmpty()) {
            LOG.warning("The OpenAPI document names no roles: no resource class was found");
        }
        return found;
    }
}
