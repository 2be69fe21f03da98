/**
 * The platform's applications as child processes ({@code java -jar <module>/target/<module>-*.jar}) with the
 * environment of docs/contratos-internos.md: started together, watched until ready, stopped with their process trees.
 */
package br.com.credito.localstack.processo;
