package br.com.credito.regras.politica.application;

import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.util.List;
import org.springframework.stereotype.Service;

/** The audit trail of a version: who created it and who put it in force (or back in force), and when. */
@Service
public record ConsultarAuditoria(RepositorioPoliticas repositorio, AuditoriaPoliticas auditoria) {

    public List<RegistroDeAuditoria> trilha(int versao) {
        repositorio.buscar(versao).orElseThrow(() -> TrocaDeVersaoAtiva.inexistente(versao));
        return auditoria.trilha(versao);
    }
}
