using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Editing;

/// <summary>
/// The editing pages' words in Vietnamese (the default) and English; <c>required</c>, so a word added to one language
/// and forgotten in the other does not compile. Templates take <c>{0}</c>, <c>{1}</c> (<see cref="Text.UiText.Fill"/>).
/// </summary>
public sealed partial class EditText
{
    /// <summary>The words in <paramref name="language"/>.</summary>
    public static EditText For(Language language) => language == Language.En ? En : Vi;

    public required string SourceOther { get; init; }
    public required string NavAdd { get; init; }
    public required string NavPlans { get; init; }
    public required string NavLog { get; init; }
    public required string AddTitle { get; init; }
    public required string ReplaceTitle { get; init; }
    public required string AddIntro { get; init; }
    public required string StepDocument { get; init; }
    public required string StepCheck { get; init; }
    public required string StepDetails { get; init; }
    public required string StepMapping { get; init; }
    public required string StepPublish { get; init; }
    public required string ChooseFile { get; init; }
    public required string Reading { get; init; }
    public required string FileRead { get; init; }
    public required string CannotRead { get; init; }
    public required string RefusedTooLarge { get; init; }
    public required string RefusedEmpty { get; init; }
    public required string RefusedUnpacks { get; init; }
    public required string RefusedNotWord { get; init; }
    public required string RefusedOldOffice { get; init; }
    public required string RefusedPicture { get; init; }
    public required string RefusedNotDocument { get; init; }
    public required string RefusedTooSlow { get; init; }
    public required string WhatToDo { get; init; }
    public required string UnknownLabel { get; init; }
    public required string LabelSource { get; init; }
    public required string LabelPart { get; init; }
    public required string LabelNoPart { get; init; }
    public required string LabelApply { get; init; }
    public required string LabelsAssigned { get; init; }
    public required string SummaryShape { get; init; }

    /// <summary>What each table shape the reader knows looks like in the document, by its code.</summary>
    public required IReadOnlyDictionary<string, string> Shapes { get; init; }

    /// <summary>The shape's wording; a code this page has no words for yet is shown as the code.</summary>
    public string ShapeName(string code) => Shapes.GetValueOrDefault(code, code);
    public required string SummaryTable { get; init; }
    public required string SummaryLines { get; init; }
    public required string SummaryUnit { get; init; }
    public required string UnitStatedAt { get; init; }
    public required string UnitAssumed { get; init; }
    public required string SummaryItems { get; init; }
    public required string SummaryTotal { get; init; }
    public required string SummaryStated { get; init; }
    public required string ColumnsHeading { get; init; }
    public required string ColColumn { get; init; }
    public required string ColHeader { get; init; }
    public required string ColMeaning { get; init; }
    public required string MeaningRowTotal { get; init; }
    public required string MeaningTotalOf { get; init; }
    public required string MeaningWholePeriod { get; init; }
    public required string MeaningSourceFromRow { get; init; }
    public required string MeaningText { get; init; }
    public required string GroupsHeading { get; init; }
    public required string ColCode { get; init; }
    public required string ColItem { get; init; }
    public required string ColAgency { get; init; }
    public required string ColAmount { get; init; }
    public required string SourcesHeading { get; init; }
    public required string StatedHeading { get; init; }
    public required string ColLine { get; init; }
    public required string ColKind { get; init; }
    public required string ColSource { get; init; }
    public required string ColStated { get; init; }
    public required string ColComputed { get; init; }
    public required string ColResult { get; init; }
    public required string Reconciles { get; init; }
    public required string Differs { get; init; }
    public required string AllSources { get; init; }
    public required string DiscrepanciesHeading { get; init; }
    public required string ColMessage { get; init; }
    public required string NoDiscrepancies { get; init; }
    public required string WarningsHeading { get; init; }
    public required string FieldName { get; init; }
    public required string FieldCode { get; init; }
    public required string FieldRegion { get; init; }
    public required string FieldDecision { get; init; }
    public required string FieldDate { get; init; }
    public required string FieldStatus { get; init; }
    public required string StatusAdopted { get; init; }
    public required string StatusDraft { get; init; }
    public required string FieldAdoptedAs { get; init; }
    public required string FieldAdoptedOn { get; init; }
    public required string FieldPeriod { get; init; }
    public required string FieldMergedInto { get; init; }
    public required string FieldGroups { get; init; }
    public required string GroupsTasks { get; init; }
    public required string GroupsAgencies { get; init; }
    public required string FieldReplace { get; init; }
    public required string ChooseOne { get; init; }
    public required string DetailsApply { get; init; }
    public required string DetailsSaved { get; init; }
    public required string ProblemRequired { get; init; }
    public required string ProblemTooLong { get; init; }
    public required string ProblemBadCode { get; init; }
    public required string ProblemNotInList { get; init; }
    public required string ProblemCodeExists { get; init; }
    public required string ProblemNameExists { get; init; }
    public required string ProblemNothingToReplace { get; init; }
    public required string ProblemBadPeriod { get; init; }
    public required string ProblemDateRequired { get; init; }
    public required string ProblemAdoptedIncomplete { get; init; }
    public required string MappingIntro { get; init; }
    public required string AcceptAll { get; init; }
    public required string ColSuggested { get; init; }
    public required string ColCategory { get; init; }
    public required string SuggestedBecause { get; init; }
    public required string Unmapped { get; init; }
    public required string AllMapped { get; init; }
    public required string Publish { get; init; }
    public required string PublishNeeds { get; init; }
    public required string Publishing { get; init; }
    public required string Waiting { get; init; }
    public required string Published { get; init; }
    public required string SeeIt { get; init; }
    public required string PublishFailed { get; init; }
    public required string PlansTitle { get; init; }
    public required string PlansIntro { get; init; }
    public required string ColDocument { get; init; }
    public required string ColActions { get; init; }
    public required string Replace { get; init; }
    public required string Remove { get; init; }
    public required string ConfirmRemove { get; init; }
    public required string ConfirmYes { get; init; }
    public required string ConfirmNo { get; init; }
    public required string Removed { get; init; }
    public required string LogTitle { get; init; }
    public required string LogIntro { get; init; }
    public required string ColWhen { get; init; }
    public required string ColWho { get; init; }
    public required string ColAction { get; init; }
    public required string ColFile { get; init; }
    public required string ActionAdd { get; init; }
    public required string ActionReplace { get; init; }
    public required string ActionRemove { get; init; }
    public required string ActionUndo { get; init; }
    public required string Undo { get; init; }
    public required string Undone { get; init; }
    public required string UndoLater { get; init; }
    public required string ResultOk { get; init; }
    public required string ResultFailed { get; init; }
    public required string LogEmpty { get; init; }
    public required string NotAllowed { get; init; }
    public required string NoDataFolder { get; init; }
}
