using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>Which course an enrolment is for (R9). In JSON: <c>initial</c>, <c>ccp2-ccp3</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CourseKind>))]
public enum CourseKind
{
    /// <summary>The initial training (a path of the period, towards CCP1 and Pix).</summary>
    Initial = 0,

    /// <summary>The CCP2+CCP3 course (17 weeks, about one day a week), open only to holders of CCP1.</summary>
    Ccp2Ccp3 = 1,
}
