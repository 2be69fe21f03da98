package br.com.credito.carga;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every simulation shares: configuration from {@code -Dcarga.*}, the token, the warm-up, the open injection of
 * the mix and the SLO gates. A subclass only chooses its default profile and mix.
 */
abstract class SimulacaoBase extends Simulation {

    private final Alvo alvo;
    private final GeradorIdCliente ids;
    private final FonteDeToken fonte;

    SimulacaoBase(Perfil perfilPadrao, Mix mixPadrao) {
        Propriedades p = Propriedades.doSistema();
        this.alvo = Alvo.de(p);
        this.ids = new GeradorIdCliente(alvo.padraoIdCliente(), alvo.clientesRecorrentes(), inicioNovos(p));
        this.fonte = new FonteDeToken(alvo.tokenUrl(), alvo.clientId(), alvo.clientSecret(), alvo.escopos());
        Perfil perfil = Perfil.de(p, perfilPadrao);
        Mix mix = Mix.de(p, mixPadrao);
        Slo slo = Slo.de(p);
        System.out.printf("carga: %s%n       %s %s %s%n", alvo, perfil, mix, slo);
        setUp(populacoes(new Cenarios(alvo, ids, fonte), mix, perfil))
                .protocols(protocolo())
                .assertions(slo.assercoes())
                .maxDuration(perfil.duracaoMaxima());
    }

    @Override
    public void before() {
        fonte.iniciar();
        if (alvo.aquecer()) {
            Aquecimento.executar(alvo, ids, fonte.token());
        }
    }

    @Override
    public void after() {
        fonte.close();
    }

    private HttpProtocolBuilder protocolo() {
        // Shared connections model a channel backend with a pool (and keep 600 new sockets a second off loopback);
        // no warm-up request, which would otherwise go to gatling.io.
        return http.baseUrl(alvo.baseUrl().toString())
                .acceptHeader("application/json")
                .userAgentHeader("credito-load-tests")
                .shareConnections()
                .disableWarmUp();
    }

    private static List<PopulationBuilder> populacoes(Cenarios cenarios, Mix mix, Perfil perfil) {
        List<PopulationBuilder> populacoes = new ArrayList<>(4);
        adicionar(populacoes, cenarios.concessaoNovo(), mix.taxa(mix.novos(), perfil.tps()), perfil);
        adicionar(populacoes, cenarios.concessaoRecorrente(), mix.taxa(mix.recorrentes(), perfil.tps()), perfil);
        adicionar(populacoes, cenarios.statusCartao(), mix.taxa(mix.status(), perfil.tps()), perfil);
        adicionar(populacoes, cenarios.investimento(), mix.taxa(mix.investimentos(), perfil.tps()), perfil);
        return populacoes;
    }

    private static void adicionar(
            List<PopulationBuilder> destino, ScenarioBuilder cenario, double taxa, Perfil perfil) {
        if (taxa > 0) {
            destino.add(cenario.injectOpen(perfil.injecao(taxa)));
        }
    }

    private static long inicioNovos(Propriedades p) {
        String fixo = p.texto("carga.idInicio", null);
        return fixo != null ? Long.parseLong(fixo) : ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    }
}
