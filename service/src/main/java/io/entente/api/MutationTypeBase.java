package io.entente.api;

import graphql.language.ObjectTypeDefinition;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;

/**
 * curation.graphqls extends the Mutation type that ingest.graphqls declares; this supplies an empty
 * base when no schema file declares it, so the API starts with either set of files present.
 */
class MutationTypeBase implements TypeDefinitionConfigurer {

    @Override
    public void configure(graphql.schema.idl.TypeDefinitionRegistry registry) {
        if (registry.getType("Mutation").isEmpty()) {
            registry.add(ObjectTypeDefinition.newObjectTypeDefinition().name("Mutation").build());
        }
    }
}
