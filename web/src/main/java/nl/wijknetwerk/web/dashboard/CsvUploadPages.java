package nl.wijknetwerk.web.dashboard;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.wijknetwerk.web.page.CsvUpload;

/**
 * A page that takes a CSV as a chosen file or as pasted text (the template {@code csv-form.html}) and sends
 * it on to the API as it is: the KPI import, the wijkprofiel.
 */
abstract class CsvUploadPages {

    /** A file chosen wins over pasted text; what was sent stays in the text field when the API refuses it. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("ward") String ward, @RestForm("file") FileUpload file, @RestForm("csv") String pasted) {
        return send(ward, CsvUpload.csv(CsvUpload.read(file), pasted));
    }

    /** The same from a form without a file (pasted text only). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response paste(@PathParam("ward") String ward, @RestForm("csv") String pasted) {
        return send(ward, CsvUpload.csv(null, pasted));
    }

    /** Sends the CSV; the answer is where to go next, or the page again with the API's objections. */
    abstract Response send(String ward, String csv);
}
