package br.com.credito.historico.contratos.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One credit contract of the client, with money in reais at 2 decimals. */
public record Contrato(
        String idContrato,
        String tipoProduto,
        BigDecimal valorContratado,
        BigDecimal saldoAberto,
        int diasEmAtraso,
        boolean inadimplente) {

    /** Past 90 days overdue a credit is in default (the CMN/BCB problem-asset line), whatever the bureau's flag. */
    public static final int DIAS_PARA_INADIMPLENCIA = 90;

    public Contrato {
        Objects.requireNonNull(idContrato, "idContrato");
        Objects.requireNonNull(tipoProduto, "tipoProduto");
        valorContratado = reais(valorContratado, "valorContratado");
        saldoAberto = reais(saldoAberto, "saldoAberto");
        if (diasEmAtraso < 0) {
            throw new IllegalArgumentException("diasEmAtraso negativo: " + diasEmAtraso);
        }
    }

    /** A contract as the bureau reports it: in default when flagged, or when overdue past the regulatory line. */
    public static Contrato informado(
            String idContrato,
            String tipoProduto,
            BigDecimal valorContratado,
            BigDecimal saldoAberto,
            int diasEmAtraso,
            boolean marcadoInadimplente) {
        boolean inadimplente = marcadoInadimplente || diasEmAtraso > DIAS_PARA_INADIMPLENCIA;
        return new Contrato(idContrato, tipoProduto, valorContratado, saldoAberto, diasEmAtraso, inadimplente);
    }

    private static BigDecimal reais(BigDecimal valor, String campo) {
        Objects.requireNonNull(valor, campo);
        if (valor.signum() < 0) {
            throw new IllegalArgumentException(campo + " negativo");
        }
        return valor.setScale(2, RoundingMode.HALF_EVEN);
    }
}
