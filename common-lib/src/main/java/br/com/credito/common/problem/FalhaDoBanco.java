package br.com.credito.common.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells, by exception type alone, whether a failure means "the database was unavailable and nothing was written", the
 * one case where the channel may safely retry and so gets a 503 instead of a 500. Messages are never read: they vary
 * with the driver, the pool and the locale.
 */
final class FalhaDoBanco {

    private FalhaDoBanco() {}

    /**
     * A lost or refused database connection (SQLState class 08, or a transient/recoverable JDBC or DAO error anywhere in
     * the cause chain), a transaction that could not even begin (no pooled connection in time under overload), or a
     * rollback that failed on a JDBC error: the transaction rolled back or never started.
     */
    static boolean indisponivel(Throwable ex) {
        if (rollbackFalhouNoJdbc(ex)) {
            return true;
        }
        for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
            if (causa instanceof SQLTransientException
                    || causa instanceof SQLRecoverableException
                    || causa instanceof CannotCreateTransactionException
                    || causa instanceof TransientDataAccessException
                    || causa instanceof RecoverableDataAccessException
                    || causa instanceof DataAccessResourceFailureException
                    || causa instanceof SQLException sql && conexaoPerdida(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conexaoPerdida(SQLException sql) {
        return sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    /**
     * The connection died mid-transaction (a database restart; Hikari then says only "Connection is closed", with no
     * SQLState) and the rollback that followed an unchecked exception failed. Spring signals exactly that case by type:
     * the transaction manager throws a {@link TransactionSystemException} and the transaction interceptor (or
     * {@code TransactionTemplate}) attaches the application exception that triggered the rollback. Unchecked exceptions
     * roll back under the default rules, so the failed call was a rollback, not a commit; the server aborts a
     * transaction with its session, so nothing was committed. A failed commit carries no application exception and is
     * not included: it may have committed before the connection was lost.
     */
    private static boolean rollbackFalhouNoJdbc(Throwable ex) {
        return ex instanceof TransactionSystemException sistema
                && (sistema.getApplicationException() instanceof RuntimeException
                        || sistema.getApplicationException() instanceof Error)
                && causaJdbc(sistema);
    }

    private static boolean causaJdbc(Throwable ex) {
        for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
            if (causa instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
