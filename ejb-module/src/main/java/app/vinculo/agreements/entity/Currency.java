package app.vinculo.agreements.entity;

/** Money of the vendor's contracts: Argentine pesos or US dollars. */
public enum Currency {
    ARS, USD
}
