package io.github.custdev.examples.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database the store tests run on: an H2 file database in the test's directory by default, or a fresh schema on
 * the PostgreSQL server named by {@code -Dcustdev.store.url} when the {@code postgres} profile runs them
 * ({@code .ci/postgres-store-tests} starts the server and passes the address). The same tests run on both.
 */
final class StoreDatabase {
    /** Set by the postgres profile: the tests must not fall back to H2 there. */
    static final String DATABASE = System.getProperty("custdev.store.database", "h2");

    /** The PostgreSQL server's JDBC address, such as {@code jdbc:postgresql://127.0.0.1:5433/postgres?user=custdev}. */
    static final String URL = System.getProperty("custdev.store.url", "");

    /** A program that restarts the PostgreSQL server (the script writes it); none restarts only the connections. */
    static final String RESTART = System.getProperty("custdev.store.restart", "");

    private static final AtomicLong SCHEMAS = new AtomicLong();

    private final DataSource dataSource;
    private final String name;
    private final Path directory;

    private StoreDatabase(DataSource dataSource, String name, Path directory) {
        this.dataSource = dataSource;
        this.name = name;
        this.directory = directory;
    }

    static boolean isPostgres() {
        switch (DATABASE) {
            case "h2":
                return false;
            case "postgresql":
                if (URL.isEmpty()) {
                    throw new IllegalStateException(
                            "the postgres profile needs -Dcustdev.store.url=jdbc:postgresql://..."
                                    + " (run .ci/postgres-store-tests, which starts a server and passes it)");
                }
                return true;
            default:
                throw new IllegalStateException("custdev.store.database must be h2 or postgresql: " + DATABASE);
        }
    }

    /**
     * A new, empty database: an H2 file in the directory, or a new schema on the PostgreSQL server.
     *
     * @param directory the test's own directory
     * @param name a name for the database, unique within the test
     * @return the database
     */
    static StoreDatabase fresh(Path directory, String name) throws SQLException {
        if (!isPostgres()) {
            return new StoreDatabase(h2(directory, name), name, directory);
        }
        String schema = (name + '_' + ProcessHandle.current().pid() + '_' + SCHEMAS.incrementAndGet())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(URL);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = URL + (URL.contains("?") ? '&' : '?') + "currentSchema=" + schema;
        return new StoreDatabase(new PooledDataSource(url), schema, directory);
    }

    private static DataSource h2(Path directory, String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + directory.resolve(name) + ";DB_CLOSE_DELAY=-1");
        return source;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Closes the database and opens it again: H2 shuts down (the next connection reads the file afresh);
     * PostgreSQL's server is restarted by the script's program when there is one (checked: its start time changes),
     * and the pooled connections are closed.
     *
     * @return the database, reopened
     */
    StoreDatabase restart() throws Exception {
        if (!isPostgres()) {
            try (Connection connection = dataSource.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return new StoreDatabase(h2(directory, name), name, directory);
        }
        PooledDataSource pool = (PooledDataSource) dataSource;
        pool.closeAll();
        if (!RESTART.isEmpty()) {
            String before = startTime(pool.url);
            Process restart = new ProcessBuilder(RESTART).inheritIO().start();
            if (!restart.waitFor(120, TimeUnit.SECONDS) || restart.exitValue() != 0) {
                throw new IllegalStateException("the server did not restart: " + RESTART);
            }
            String after = startTime(pool.url);
            if (after.equals(before)) {
                throw new IllegalStateException("the server still runs since " + before + " after " + RESTART);
            }
        }
        String url = pool.url;
        return new StoreDatabase(new PooledDataSource(url), name, directory);
    }

    private static String startTime(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT pg_postmaster_start_time()")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * A data source that keeps the connections it opened and hands them out again, as the connection pool of any
     * production embedder does: a PostgreSQL connection is a server process, too dear to start for every call (H2's
     * embedded connections are not). A connection given back is rolled back if a transaction is open and set to
     * auto-commit again.
     */
    private static final class PooledDataSource implements DataSource {
        private final String url;
        private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

        PooledDataSource(String url) {
            this.url = url;
        }

        /** Closes the idle connections, before the server restarts. */
        void closeAll() throws SQLException {
            for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
                connection.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = idle.poll();
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url);
            }
            Connection real = connection;
            AtomicBoolean given = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            if (given.compareAndSet(false, true)) {
                                if (!real.getAutoCommit()) {
                                    real.rollback();
                                    real.setAutoCommit(true);
                                }
                                idle.add(real);
                            }
                            return null;
                        }
                        if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                            return given.get() || real.isClosed();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
