package br.com.credito.regras.politica.application;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new version as RASCUNHO; only coherent documents are stored, so any version can later be activated. */
@Service
public class CriarRascunho {

    private final ValidarParametros validarParametros;
    private final RepositorioPoliticas repositorio;
    private final AuditoriaPoliticas auditoria;
    private final Clock relogio;

    public CriarRascunho(
            ValidarParametros validarParametros,
            RepositorioPoliticas repositorio,
            AuditoriaPoliticas auditoria,
            Clock relogio) {
        this.validarParametros = validarParametros;
        this.repositorio = repositorio;
        this.auditoria = auditoria;
        this.relogio = relogio;
    }

    /** {@code autor}: the token subject of the caller, recorded with the version (issue 16). */
    @Transactional
    public VersaoPolitica criar(String descricao, ParametrosPolitica parametros, String autor) {
        validarParametros.validar(parametros);
        VersaoPolitica criada = repositorio.criarRascunho(descricao, parametros, relogio.instant());
        auditoria.registrar(new RegistroDeAuditoria(criada.versao(), AcaoAuditada.CRIADA, autor, criada.criadaEm()));
        return criada;
    }
}
