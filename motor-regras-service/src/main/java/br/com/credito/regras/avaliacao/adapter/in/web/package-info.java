/** HTTP entry of the evaluation (scope regras:avaliar) and of the simulation of a candidate version (regras:admin). */
package br.com.credito.regras.avaliacao.adapter.in.web;
