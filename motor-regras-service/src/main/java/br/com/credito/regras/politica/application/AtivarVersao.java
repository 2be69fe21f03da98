package br.com.credito.regras.politica.application;

import br.com.credito.regras.politica.domain.RepositorioPoliticas;
import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import org.springframework.stereotype.Service;

/** Puts a draft (or an older inactive version) in force; the version it replaces becomes its rollback target. */
@Service
public class AtivarVersao {

    private final RepositorioPoliticas repositorio;
    private final TrocaDeVersaoAtiva troca;

    AtivarVersao(RepositorioPoliticas repositorio, TrocaDeVersaoAtiva troca) {
        this.repositorio = repositorio;
        this.troca = troca;
    }

    public VersaoPolitica ativar(int versao) {
        return troca.trocar(atual -> {
            VersaoPolitica alvo = repositorio.buscar(versao).orElseThrow(() -> TrocaDeVersaoAtiva.inexistente(versao));
            if (alvo.status() == StatusVersao.ATIVA) {
                throw TrocaDeVersaoAtiva.conflito("VERSAO_JA_ATIVA", "A versao " + versao + " ja esta ativa.");
            }
            return new TrocaDeVersaoAtiva.Escolha(alvo, atual.map(VersaoPolitica::versao));
        });
    }
}
