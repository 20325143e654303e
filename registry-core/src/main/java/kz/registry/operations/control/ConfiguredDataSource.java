package kz.registry.operations.control;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.registry.shared.Configuration;

/**
 * The registry's data source on a full server (the EAR): the JDBC driver's own DataSource,
 * made from the same settings as on Payara Micro ({@code registry.db.class}, {@code .url},
 * {@code .user}, {@code .password}: system properties or REGISTRY_DB_* in the server's
 * environment). GlassFish 8 would expand settings in a declared data source's class and URL
 * but never in its user or password, so the EAR declares this class instead and the server
 * pools what it returns.
 */
public class ConfiguredDataSource implements DataSource {

    static final String CLASS = "registry.db.class";
    static final String URL = "registry.db.url";
    static final String USER = "registry.db.user";
    static final String PASSWORD = "registry.db.password";

    private volatile DataSource driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return driver().getConnection(setting(USER, "registry"), setting(PASSWORD, "registry"));
    }

    /** The server may pass an empty user of its own; the registry's settings then decide. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return user == null || user.isBlank() ? getConnection() : driver().getConnection(user, password);
    }

    private DataSource driver() throws SQLException {
        DataSource made = driver;
        if (made == null) {
            synchronized (this) {
                if (driver == null) {
                    driver = make();
                }
                made = driver;
            }
        }
        return made;
    }

    private static DataSource make() throws SQLException {
        String type = setting(CLASS, "org.h2.jdbcx.JdbcDataSource");
        String url = Configuration.value(URL).orElseThrow(() -> new SQLException(
                "Set REGISTRY_DB_URL (or the system property registry.db.url) in the server's environment."));
        try {
            Class<?> found = Class.forName(type, true, ConfiguredDataSource.class.getClassLoader());
            DataSource made = (DataSource) found.getDeclaredConstructor().newInstance();
            found.getMethod("setURL", String.class).invoke(made, url);
            return made;
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new SQLException("Cannot make a " + type + " for " + CLASS + ": " + cause, cause);
        }
    }

    private static String setting(String key, String fallback) {
        return Configuration.value(key).orElse(fallback);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driver().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver().isWrapperFor(type);
    }
}
