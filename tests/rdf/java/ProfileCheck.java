import java.io.File;
import java.util.List;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * Checks one RDF document (an ontology, with data if wanted) against the OWL 2 DL profile with the
 * OWL API: prints each violation on one line, then a count; exit status 1 when there is any.
 * Run with the Java source launcher (tests/rdf/test_owl_dl.py does):
 * java -cp '/usr/share/java/*' ProfileCheck.java FILE   (Debian's libowlapi-java)
 */
public class ProfileCheck {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ProfileCheck FILE");
            System.exit(2);
        }
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new File(args[0]));
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        for (OWLProfileViolation violation : violations) {
            System.out.println(violation.toString().replace('\n', ' '));
        }
        System.out.println("OWL 2 DL violations: " + violations.size() + " in " + ontology.getAxiomCount() + " axioms");
        System.exit(violations.isEmpty() ? 0 : 1);
    }
}
