package br.com.credito.regras.politica.application;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Swaps the active version in one transaction (old one INATIVA first, then the new one ATIVA, flushed in that order
 * for the partial unique index), then refreshes this instance's cache at once; other instances follow at their next
 * poll. Two concurrent swaps cannot both win: the losing one breaks the one-active index and gets 409.
 */
@Component
record TrocaDeVersaoAtiva(
        RepositorioPoliticas repositorio,
        AuditoriaPoliticas auditoria,
        TransactionTemplate transacao,
        PoliticaVigenteEmCache cache,
        Clock relogio) {

    /**
     * @param escolha given the active version (if any), picks the version to activate and the "previous" it records
     * @param acao ATIVADA or REVERTIDA, recorded in the trail with {@code principal} in the same transaction
     */
    VersaoPolitica trocar(Function<Optional<VersaoPolitica>, Escolha> escolha, AcaoAuditada acao, String principal) {
        VersaoPolitica ativada = transacao.execute(status -> {
            Optional<VersaoPolitica> atual = repositorio.ativaParaTroca();
            Escolha e = escolha.apply(atual);
            atual.ifPresent(a -> repositorio.gravarStatus(a.desativada()));
            VersaoPolitica nova = e.versao().ativada(relogio.instant(), e.anterior());
            repositorio.gravarStatus(nova);
            auditoria.registrar(new RegistroDeAuditoria(nova.versao(), acao, principal, nova.ativadaEm()));
            return nova;
        });
        cache.atualizar();
        return ativada;
    }

    record Escolha(VersaoPolitica versao, Optional<Integer> anterior) {}

    static ProblemaException inexistente(int versao) {
        return new ProblemaException(
                TipoProblema.NAO_ENCONTRADO, "VERSAO_INEXISTENTE", "Versao " + versao + " da politica nao existe.");
    }

    static ProblemaException conflito(String codigo, String detalhe) {
        return new ProblemaException(TipoProblema.CONFLITO, codigo, detalhe);
    }
}
