namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>How the place supports people (column <c>modalites_accompagnement</c>).</summary>
public enum SupportMode
{
    /// <summary>« En autonomie ».</summary>
    Autonomous,

    /// <summary>« Accompagnement individuel ».</summary>
    Individual,

    /// <summary>« Dans un atelier collectif ».</summary>
    Workshop,

    /// <summary>« À distance ».</summary>
    Remote,
}
