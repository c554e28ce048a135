package org.cep.training.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A court's own modules: versions, drill questions, its officers' attempts and completion; the case library. */
@Path("/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModulesResource {
    private final Modules modules;
    private final Drills drills;
    private final Library library;

    ModulesResource(Modules modules, Drills drills, Library library) {
        this.modules = modules;
        this.drills = drills;
        this.library = library;
    }

    @POST
    @Path("modules")
    @RolesAllowed("trainer")
    @Operation(operationId = "createTrainingModule", summary = "编写培训模块 / Write a training module")
    @ApiResponse(responseCode = "201", description = "已发布第 1 版 / version 1 published", content = @Content(schema = @Schema(implementation = Views.ModuleView.class)))
    public Response create(Views.ModuleInput body) {
        return Response.status(201).entity(modules.create(body)).build();
    }

    @GET
    @Path("modules")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listTrainingModules", summary = "本院培训模块 / Your court's training modules")
    public List<Views.ModuleSummary> list(@QueryParam("stage") String stage) {
        return modules.list(stage);
    }

    @GET
    @Path("modules/{id}")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "readTrainingModule", summary = "阅读培训模块（当前版本或指定版本） / Read a module (current or a given version)")
    public Views.ModuleView get(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return modules.get(id, version);
    }

    @GET
    @Path("modules/{id}/versions")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listTrainingModuleVersions", summary = "模块的版本及修改记录 / A module's versions: who changed what")
    public List<Views.VersionSummary> versions(@PathParam("id") long id) {
        return modules.versions(id);
    }

    @POST
    @Path("modules/{id}/versions")
    @RolesAllowed("trainer")
    @Operation(operationId = "publishTrainingModuleVersion", summary = "发布模块新版本 / Publish a new version of a module")
    @ApiResponse(responseCode = "201", description = "已发布 / published", content = @Content(schema = @Schema(implementation = Views.ModuleView.class)))
    @ApiResponse(responseCode = "409", description = "期间已有他人发布新版本 / someone published a version in between")
    public Response newVersion(@PathParam("id") long id, Views.ModuleInput body) {
        return Response.status(201).entity(modules.newVersion(id, body)).build();
    }

    @POST
    @Path("modules/{id}/questions")
    @RolesAllowed("trainer")
    @Operation(operationId = "addDrillQuestion", summary = "添加演练题（含标准答案与解析） / Add a drill question (model answer, explanation)")
    @ApiResponse(responseCode = "201", description = "已添加 / added", content = @Content(schema = @Schema(implementation = Views.QuestionView.class)))
    @ApiResponse(responseCode = "409", description = "题目数已达上限 / the module has the most questions allowed")
    public Response addQuestion(@PathParam("id") long id, Views.QuestionInput body) {
        return Response.status(201).entity(modules.addQuestion(id, body)).build();
    }

    @GET
    @Path("modules/{id}/questions")
    @RolesAllowed("trainer")
    @Operation(operationId = "listDrillQuestions", summary = "演练题及标准答案 / Drill questions with model answers")
    public List<Views.QuestionView> questions(@PathParam("id") long id) {
        return modules.questions(id);
    }

    @GET
    @Path("modules/{id}/drill")
    @RolesAllowed({"enforcement-officer", "clerk", "trainer"})
    @Operation(operationId = "readDrill", summary = "参加演练：题目（不含答案） / Take a drill: the questions, without answers")
    public Views.Drill drill(@PathParam("id") long id) {
        return modules.drill(id);
    }

    @POST
    @Path("modules/{id}/attempts")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "submitDrillAttempt", summary = "提交演练答案并评分 / Submit a drill and get the score")
    @ApiResponse(responseCode = "201", description = "已评分 / scored", content = @Content(schema = @Schema(implementation = Views.AttemptView.class)))
    @ApiResponse(responseCode = "409", description = "该模块尚无演练题 / the module has no questions yet")
    public Response attempt(@PathParam("id") long id, Views.AttemptInput body) {
        return Response.status(201).entity(drills.submit(modules.answerKey(id), body)).build();
    }

    @GET
    @Path("completion")
    @RolesAllowed({"court-admin", "trainer"})
    @Operation(operationId = "trainingCompletion", summary = "本院人员的演练完成情况 / Your court's drill completion per officer and module")
    public List<Views.Completion> completion(@QueryParam("taker") String taker) {
        return drills.completion(taker == null || taker.isBlank() ? null : taker.trim());
    }

    @GET
    @Path("cases")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listTypicalCases", summary = "典型案例库 / The library of typical cases")
    public List<Library.CaseStudy> cases(@QueryParam("stage") String stage) {
        return library.cases(stage == null ? null : Texts.stage(stage, "stage"));
    }

    @GET
    @Path("cases/{caseId}")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "readTypicalCase", summary = "阅读典型案例 / Read a typical case")
    public Library.CaseStudy typicalCase(@PathParam("caseId") String caseId) {
        return library.get(caseId);
    }
}
