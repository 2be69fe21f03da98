package br.com.credito.regras.politica.application;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.QuatroOlhos;
import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import org.springframework.stereotype.Service;

/** Puts a draft (or an older inactive version) in force; the version it replaces becomes its rollback target. */
@Service
public record AtivarVersao(RepositorioPoliticas repositorio, AuditoriaPoliticas auditoria, TrocaDeVersaoAtiva troca) {

    /** {@code ativador}: the caller's token subject; it must differ from the version's author (four eyes). */
    public VersaoPolitica ativar(int versao, String ativador) {
        return troca.trocar(
                atual -> {
                    VersaoPolitica alvo =
                            repositorio.buscar(versao).orElseThrow(() -> TrocaDeVersaoAtiva.inexistente(versao));
                    if (alvo.status() == StatusVersao.ATIVA) {
                        throw TrocaDeVersaoAtiva.conflito("VERSAO_JA_ATIVA", "A versao " + versao + " ja esta ativa.");
                    }
                    if (!QuatroOlhos.permite(auditoria.autor(versao), ativador)) {
                        throw new ProblemaException(
                                TipoProblema.ACESSO_NEGADO,
                                "QUATRO_OLHOS",
                                "A versao " + versao + " deve ser ativada por outra pessoa que nao a autora.");
                    }
                    return new TrocaDeVersaoAtiva.Escolha(alvo, atual.map(VersaoPolitica::versao));
                },
                AcaoAuditada.ATIVADA,
                ativador);
    }
}
