package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;
import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Gathers score, history and investments IN PARALLEL on the injected (virtual-thread) executor, waits at most the
 * decision deadline, turns whatever is missing into explicit unavailable values, then asks the policy. Shared by a
 * channel's request and by the recalculation after an investment, so both decide the same way.
 *
 * @param prazoDecisao the fan-out's overall deadline
 * @param scoreConservador the flag's default score
 */
public record AvaliarCliente(
        ConsultaScore score,
        ConsultaHistorico historico,
        ConsultaInvestimentos investimentos,
        MotorDeRegras motor,
        Sinalizadores sinalizadores,
        ExecutorService executor,
        Duration prazoDecisao,
        int scoreConservador) {

    public Avaliacao avaliar(String idCliente, TipoCartao tipoCartao) {
        EntradasDaDecisao entradas = coletar(idCliente, tipoCartao);
        return new Avaliacao(entradas, motor.avaliar(entradas));
    }

    EntradasDaDecisao coletar(String idCliente, TipoCartao tipoCartao) {
        long prazoNanos = System.nanoTime() + prazoDecisao.toNanos();
        var chamadaScore =
                new ChamadaComPrazo<>("score-service", () -> score.consultar(idCliente), ScoreCliente::indisponivel);
        var chamadaHistorico = new ChamadaComPrazo<>(
                "historico-service", () -> historico.consultar(idCliente), HistoricoDeCredito::indisponivel);
        var chamadaInvestimentos = new ChamadaComPrazo<>(
                "investimento-service", () -> investimentos.consultar(idCliente), CarteiraInvestimentos::indisponivel);
        executar(List.of(chamadaScore, chamadaHistorico, chamadaInvestimentos), prazoNanos);
        return new EntradasDaDecisao(
                idCliente,
                tipoCartao,
                comFallback(chamadaScore.resultado(prazoNanos)),
                chamadaHistorico.resultado(prazoNanos),
                chamadaInvestimentos.resultado(prazoNanos));
    }

    private void executar(List<ChamadaComPrazo<?>> chamadas, long prazoNanos) {
        boolean sequencial = sinalizadores.fanoutSequencial();
        for (ChamadaComPrazo<?> chamada : chamadas) {
            chamada.iniciar(executor);
            if (sequencial) {
                chamada.resultado(prazoNanos);
            }
        }
    }

    private ScoreCliente comFallback(ScoreCliente obtido) {
        if (obtido.ausente() && sinalizadores.modoFallbackScore() == ModoFallbackScore.SCORE_CONSERVADOR) {
            return ScoreCliente.conservador(scoreConservador);
        }
        return obtido;
    }
}
