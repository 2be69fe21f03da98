package br.com.credito.regras.politica.domain.port;

import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import java.util.List;
import java.util.Optional;

/** Port: the append-only trail of who created and who put each version in force. */
public interface AuditoriaPoliticas {

    /** Records the action and the version's creator or activator, in the caller's transaction. */
    void registrar(RegistroDeAuditoria registro);

    /** Who created the version; empty for a version a migration inserted without naming one. */
    Optional<String> autor(int versao);

    /** The version's trail, oldest first. */
    List<RegistroDeAuditoria> trilha(int versao);
}
