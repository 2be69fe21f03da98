package br.com.credito.concessao.decisao.domain;

/**
 * Port: the credit policy. There is no fallback for it: when it cannot answer, no decision is invented and
 * {@link MotorDeRegrasIndisponivelException} is thrown.
 */
public interface MotorDeRegras {

    ResultadoPolitica avaliar(EntradasDaDecisao entradas);
}
