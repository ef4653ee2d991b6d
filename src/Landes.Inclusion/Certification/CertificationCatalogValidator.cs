using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Validation;
using static Landes.Inclusion.Certification.CertificationFailures;

namespace Landes.Inclusion.Certification;

/// <summary>
/// Validates a <see cref="CertificationCatalog"/>: required texts, levels, validity windows, blocks, and that every
/// reference between versions and every correspondence names titles and blocks the catalog holds (codes <c>LI-CER-0xx</c>).
/// </summary>
/// <remarks>Create once and reuse; thread-safe.</remarks>
public sealed class CertificationCatalogValidator : AbstractValidator<CertificationCatalog>
{
    /// <summary>Initializes the validator.</summary>
    public CertificationCatalogValidator()
    {
        RuleForEach(c => c.Titles).SetValidator(new TitleVersionValidator());
        RuleFor(c => c).Custom(CheckReferences);
    }

    private static void CheckReferences(CertificationCatalog catalog, ValidationContext<CertificationCatalog> context)
    {
        var byId = new Dictionary<string, TitleVersion>(StringComparer.Ordinal);
        for (int i = 0; i < catalog.Titles.Count; i++)
        {
            TitleVersion title = catalog.Titles[i];
            if (!byId.TryAdd(title.Id, title))
            {
                Add(context, $"Titles[{i}].Id", CertificationProblemDefinitions.DuplicateTitle, ("title", title.Id));
            }
        }

        for (int i = 0; i < catalog.Titles.Count; i++)
        {
            TitleVersion title = catalog.Titles[i];
            CheckReference(context, byId, title.Predecessor, $"Titles[{i}].Predecessor");
            CheckReference(context, byId, title.Successor, $"Titles[{i}].Successor");
        }

        for (int i = 0; i < catalog.Correspondences.Count; i++)
        {
            Correspondence correspondence = catalog.Correspondences[i];
            string path = $"Correspondences[{i}]";
            TitleVersion? from = CheckReference(context, byId, correspondence.From, path + ".From");
            TitleVersion? to = CheckReference(context, byId, correspondence.To, path + ".To");
            if (correspondence.Status == CorrespondenceStatus.NotPublished && correspondence.Mappings.Count > 0)
            {
                Add(context, path + ".Mappings", CertificationProblemDefinitions.MappingsNotPublished);
            }

            for (int m = 0; m < correspondence.Mappings.Count; m++)
            {
                BlockMapping mapping = correspondence.Mappings[m];
                CheckBlock(context, from, mapping.FromBlock, $"{path}.Mappings[{m}].FromBlock");
                CheckBlock(context, to, mapping.ToBlock, $"{path}.Mappings[{m}].ToBlock");
            }
        }
    }

    private static TitleVersion? CheckReference(ValidationContext<CertificationCatalog> context, Dictionary<string, TitleVersion> byId, string? id, string path)
    {
        if (id is null)
        {
            return null;
        }

        if (byId.TryGetValue(id, out TitleVersion? title))
        {
            return title;
        }

        Add(context, path, CertificationProblemDefinitions.UnknownTitleReference, ("title", id));
        return null;
    }

    private static void CheckBlock(ValidationContext<CertificationCatalog> context, TitleVersion? title, int block, string path)
    {
        // A block of a version whose list is incomplete may exist without being listed.
        if (title is { BlocksComplete: true } && !title.Blocks.Any(b => b.Number == block))
        {
            Add(context, path, CertificationProblemDefinitions.UnknownCorrespondenceBlock, ("title", title.Id), ("block", Text(block)));
        }
    }

    private sealed class TitleVersionValidator : AbstractValidator<TitleVersion>
    {
        public TitleVersionValidator()
        {
            RuleFor(t => t.Id).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
            RuleFor(t => t.Lineage).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
            RuleFor(t => t.Name).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
            RuleFor(t => t.LegalText.Name).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
            RuleFor(t => t.TitleCode!.Value).IsSet().When(t => t.TitleCode.HasValue).OverridePropertyName("TitleCode");
            RuleFor(t => t.RncpCode!.Value).IsSet().When(t => t.RncpCode.HasValue).OverridePropertyName("RncpCode");
            RuleFor(t => t.Level).InclusiveBetween(3, 8).WithProblem(CertificationProblemDefinitions.LevelOutOfRange,
                t => ProblemArguments.Of(("level", t.Level is { } l ? Text(l) : string.Empty)));
            RuleFor(t => t.ValidUntil).Must((t, until) => until is not { } u || u >= t.ValidFrom)
                .WithProblem(CertificationProblemDefinitions.ValidityInverted,
                t => ProblemArguments.Of(("end", t.ValidUntil is { } u ? Text(u) : string.Empty), ("start", Text(t.ValidFrom))));
            RuleFor(t => t.CompletionDeadline)
                .Must((t, deadline) => deadline is not { } d || (t.ValidUntil is { } u && d > u))
                .WithProblem(CertificationProblemDefinitions.EndWithoutValidUntil);
            RuleFor(t => t.EndStatus).Must((t, status) => status is null || t.ValidUntil is not null)
                .WithProblem(CertificationProblemDefinitions.EndWithoutValidUntil);
            RuleFor(t => t.Blocks).NotEmpty().WithProblem(CertificationProblemDefinitions.NoBlocks);
            RuleForEach(t => t.Blocks).ChildRules(block =>
            {
                block.RuleFor(b => b.Number).InclusiveBetween(1, 99).WithProblem(CertificationProblemDefinitions.BlockNumberOutOfRange,
                    b => ProblemArguments.Of(("block", Text(b.Number))));
                block.RuleFor(b => b.Label).NotEmpty().When(b => b.Label is not null).WithProblem(CertificationProblemDefinitions.EmptyText);
                block.RuleFor(b => b.Code!.Value).IsSet().When(b => b.Code.HasValue).OverridePropertyName("Code");
            });
            RuleForEach(t => t.Ccs).ChildRules(ccs =>
            {
                ccs.RuleFor(c => c.Id).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
                ccs.RuleFor(c => c.Label).NotEmpty().WithProblem(CertificationProblemDefinitions.EmptyText);
            });
            RuleFor(t => t).Custom((title, context) =>
            {
                var numbers = new HashSet<int>();
                for (int i = 0; i < title.Blocks.Count; i++)
                {
                    if (!numbers.Add(title.Blocks[i].Number))
                    {
                        Add(context, $"Blocks[{i}].Number", CertificationProblemDefinitions.DuplicateBlock, ("block", Text(title.Blocks[i].Number)));
                    }
                }

                CheckFrames(context, title, title.SessionEvidence, "SessionEvidence");
                CheckFrames(context, title, title.RemoteSessions, "RemoteSessions");

                var ccsIds = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < title.Ccs.Count; i++)
                {
                    if (!ccsIds.Add(title.Ccs[i].Id))
                    {
                        Add(context, $"Ccs[{i}].Id", CertificationProblemDefinitions.DuplicateCcs, ("ccs", title.Ccs[i].Id));
                    }
                }
            });
        }

        private static void CheckFrames(ValidationContext<TitleVersion> context, TitleVersion title, IReadOnlyList<SessionFrame> frames, string name)
        {
            for (int i = 0; i < frames.Count; i++)
            {
                SessionFrame frame = frames[i];
                string path = $"{name}[{i}]";
                if (frame.Blocks.Count == 0)
                {
                    Add(context, path + ".Blocks", CertificationProblemDefinitions.FrameBlockUnknown, ("title", title.Id), ("block", string.Empty));
                }

                foreach (int block in frame.Blocks)
                {
                    if (title.BlocksComplete && !title.Blocks.Any(b => b.Number == block))
                    {
                        Add(context, path + ".Blocks", CertificationProblemDefinitions.FrameBlockUnknown, ("title", title.Id), ("block", Text(block)));
                    }
                }

                if (string.IsNullOrWhiteSpace(frame.Source) || frame.Until is { } until && until < frame.From)
                {
                    Add(context, path, CertificationProblemDefinitions.FrameInvalid);
                }
            }
        }
    }
}
