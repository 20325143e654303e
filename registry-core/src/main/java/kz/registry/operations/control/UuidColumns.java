package kz.registry.operations.control;

import java.lang.reflect.Field;
import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Gives every UUID column the JDBC type OTHER. EclipseLink binds a null of an attribute whose
 * SQL type it does not know as VARCHAR, which PostgreSQL refuses for a {@code uuid} column
 * ("column is of type uuid but expression is of type character varying", EclipseLink issue
 * 2717, on Payara's and GlassFish's EclipseLink 5 alike). H2 takes a null of any type.
 */
final class UuidColumns {

    private UuidColumns() {
    }

    static void type(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.isDirectToFieldMapping() && mapping.getField() != null
                        && isUuid(descriptor.getJavaClass(), mapping.getAttributeName())) {
                    mapping.getField().setSqlType(Types.OTHER);
                }
            }
        }
    }

    private static boolean isUuid(Class<?> type, String attribute) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                Field field = declaring.getDeclaredField(attribute);
                return field.getType() == UUID.class;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return false;
    }
}
