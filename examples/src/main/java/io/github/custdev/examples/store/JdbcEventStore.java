package io.github.custdev.examples.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.jackson.CustDevModule;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An event store for ventures on JDBC: each event is one row holding its JSON document (custdev-jackson), at its
 * version in the venture's history. Appending names the version the writer read (optimistic concurrency): of two
 * writers racing on one venture, one wins and the other gets a {@link ConcurrencyConflictException}, with nothing
 * lost or duplicated. The schema is made by Flyway from {@code db/custdev/V1__venture_events.sql}.
 *
 * <p>H2, embedded, is the default: a file database in one jar, no server, the same SQL as PostgreSQL for this
 * schema, and real transactions and unique keys, so the optimistic lock is the database's and not the example's.
 * (SQLite would serialise all writers on one file lock, which hides the race this store must handle.) PostgreSQL is
 * the production choice; see {@code docs/persistence.md}. Thread-safe when the data source is.
 */
public final class JdbcEventStore {
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    private JdbcEventStore(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /**
     * A store on a database, its schema migrated to the latest version first.
     *
     * @param dataSource the database
     * @param module the Jackson module, with the scoring strategies of the ventures' gates
     * @return the store
     */
    public static JdbcEventStore open(DataSource dataSource, CustDevModule module) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/custdev")
                .load()
                .migrate();
        return new JdbcEventStore(dataSource, new ObjectMapper().registerModule(module));
    }

    /**
     * How many events the venture has: the version to expect when appending next.
     *
     * @param ventureId the venture
     * @return its version, 0 for a venture never written
     */
    public long version(String ventureId) {
        try (Connection connection = dataSource.getConnection()) {
            return version(connection, ventureId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version of venture " + ventureId, e);
        }
    }

    private static long version(Connection connection, String ventureId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT MAX(version) FROM venture_event WHERE venture_id = ?")) {
            select.setString(1, ventureId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Appends events to a venture's history, all or none, if the history is still at the expected version.
     *
     * @param ventureId the venture
     * @param expectedVersion the version the writer read ({@link #version}), 0 for a new venture
     * @param events the events, in order
     * @return the venture's new version
     * @throws ConcurrencyConflictException if another writer appended since the expected version
     */
    public long append(String ventureId, long expectedVersion, List<? extends VentureEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long actual = version(connection, ventureId);
                if (actual != expectedVersion) {
                    throw new ConcurrencyConflictException(ventureId, expectedVersion, actual);
                }
                long version = expectedVersion;
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO venture_event (venture_id, version, event_type, occurred_at, document)"
                                + " VALUES (?, ?, ?, ?, ?)")) {
                    for (VentureEvent event : events) {
                        version++;
                        insert.setString(1, ventureId);
                        insert.setLong(2, version);
                        insert.setString(3, event.getClass().getSimpleName().replace("Immutable", ""));
                        insert.setTimestamp(4, Timestamp.from(event.at()));
                        insert.setString(5, mapper.writeValueAsString(event));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return version;
            } catch (SQLException e) {
                connection.rollback();
                if (isDuplicateKey(e)) {
                    // a racing writer inserted the same version between our read and our insert
                    throw new ConcurrencyConflictException(ventureId, expectedVersion, expectedVersion + 1);
                }
                throw e;
            } catch (RuntimeException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot append to venture " + ventureId, e);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true; // unique violation, the same code on H2 and PostgreSQL
            }
            if (t instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null) {
                t = batch.getNextException();
                if ("23505".equals(((SQLException) t).getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A venture's events, in order.
     *
     * @param ventureId the venture
     * @return its events, empty for a venture never written
     */
    public List<VentureEvent> load(String ventureId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT document FROM venture_event WHERE venture_id = ? ORDER BY version")) {
            select.setString(1, ventureId);
            List<VentureEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(mapper.readValue(rows.getString(1), VentureEvent.class));
                }
            }
            return events;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot load venture " + ventureId, e);
        }
    }

    /**
     * A venture replayed from its stored events.
     *
     * @param ventureId the venture
     * @return the venture, or the rejection of a stored event
     */
    public Either<Rejection, Venture> replay(String ventureId) {
        return Venture.replay(load(ventureId));
    }
}
