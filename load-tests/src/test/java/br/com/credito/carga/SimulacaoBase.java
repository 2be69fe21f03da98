package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private final RegistroPorPedido registro;
    private final Path sinalDeInicio;
    private final Duration esperaMaxima;
    private final AquecimentoDoGerador gerador;
    private volatile boolean comToken;
    private volatile long limiteDaEspera = Long.MAX_VALUE;

    SimulacaoBase(Perfil perfilPadrao, Mix mixPadrao) {
        Propriedades p = Propriedades.doSistema();
        this.alvo = Alvo.de(p);
        this.ids = new GeradorIdCliente(alvo.padraoIdCliente(), alvo.clientesRecorrentes(), inicioNovos(p));
        this.fonte = new FonteDeToken(alvo.tokenUrl(), alvo.clientId(), alvo.clientSecret(), alvo.escopos());
        Perfil perfil = Perfil.de(p, perfilPadrao);
        Mix mix = Mix.de(p, mixPadrao);
        Slo slo = Slo.de(p);
        this.registro = RegistroPorPedido.de(p);
        String sinal = p.texto("carga.esperarArquivo", null);
        this.sinalDeInicio = sinal != null ? Path.of(sinal) : null;
        this.esperaMaxima = p.duracao("carga.esperarMaximo", Duration.ofMinutes(15));
        if (sinalDeInicio != null && alvo.aquecer()) {
            // The stack's warm-up would have to run after the signal, inside the measured seconds.
            throw new IllegalArgumentException("carga.esperarArquivo pede carga.aquecer=false");
        }
        this.gerador = sinalDeInicio != null ? AquecimentoDoGerador.iniciar() : null;
        System.out.printf("carga: %s%n       %s %s %s%n", alvo, perfil, mix, slo);
        List<PopulationBuilder> carga = populacoes(new Cenarios(alvo, ids, fonte, registro), mix, perfil);
        if (gerador == null) {
            setUp(carga).protocols(protocolo()).assertions(slo.assercoes()).maxDuration(perfil.duracaoMaxima());
        } else {
            // The load follows the generator's own warm-up, which lasts until the signal: the run's limit holds both.
            setUp(gerador.cenario(this::podeComecar, () -> System.nanoTime() > limiteDaEspera)
                            .injectOpen(atOnceUsers(AquecimentoDoGerador.USUARIOS))
                            .andThen(carga))
                    .protocols(protocolo())
                    .assertions(slo.assercoes())
                    .maxDuration(perfil.duracaoMaxima().plus(esperaMaxima));
        }
    }

    @Override
    public void before() {
        if (sinalDeInicio == null) {
            fonte.iniciar();
        } else {
            esperarSinal();
        }
        if (alvo.aquecer()) {
            Aquecimento.executar(alvo, ids, fonte.token());
        }
    }

    @Override
    public void after() {
        fonte.close();
        if (gerador != null) {
            gerador.close();
        }
        if (registro != null) {
            registro.close();
        }
    }

    /**
     * With {@code -Dcarga.esperarArquivo}, the load starts the moment that file appears: a drill starts Gatling (its
     * Maven and JVM start-up take seconds) before the system under test, and creates the file when that is ready.
     * Meanwhile the generator warms itself against its own local server (AquecimentoDoGerador), and the token is
     * taken on a thread of its own, once the authorization server answers, so the first request does not wait for it.
     */
    private void esperarSinal() {
        System.out.println("carga: aguardando " + sinalDeInicio);
        limiteDaEspera = System.nanoTime() + esperaMaxima.toNanos();
        Thread.ofPlatform().name("carga-token").daemon().start(() -> {
            while (!comToken && System.nanoTime() < limiteDaEspera) {
                comToken = tentarToken();
                if (!comToken) {
                    try {
                        Thread.sleep(Duration.ofSeconds(1));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
    }

    private boolean podeComecar() {
        return comToken && Files.exists(sinalDeInicio);
    }

    /** The authorization server may not be up yet: a failure here only means another try a second later. */
    private boolean tentarToken() {
        try {
            fonte.iniciar();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
