import Foundation

/// Adam as fsrs-rs steps it: β1 0.9, β2 0.999, ε 1e-8, bias-corrected, no weight decay.
struct FSRSAdam {
    private var m = [Double](repeating: 0, count: FSRSParameters.count)
    private var v = [Double](repeating: 0, count: FSRSParameters.count)
    private var t = 0

    mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        t += 1
        let bias1 = 1 - pow(0.9, Double(t))
        let bias2 = 1 - pow(0.999, Double(t))
        for i in parameters.indices {
            m[i] = 0.9 * m[i] + (1 - 0.9) * gradient[i]
            v[i] = 0.999 * v[i] + (1 - 0.999) * gradient[i] * gradient[i]
            parameters[i] -= learningRate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + 1e-8)
        }
    }
}
